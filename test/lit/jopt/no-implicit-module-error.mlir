// RUN: echo "" > %t.empty
// RUN: not jopt %s --no-implicit-module 2>&1 | FileCheck %s
// RUN: not jopt %t.empty --no-implicit-module 2>&1 | FileCheck %s --check-prefix=EMPTY
// RUN: jopt %s | FileCheck %s --check-prefix=IMPLICIT

// With --no-implicit-module, more (or fewer) than one top-level op is an
// error reported at line 0, column 0 of the input. Without the flag, the ops
// are wrapped in a module as usual.

// CHECK: {{.*}}no-implicit-module-error.mlir:0:0: error: source must contain a single top-level operation, found: 2
// EMPTY: source must contain a single top-level operation, found: 0
// IMPLICIT: module {
// IMPLICIT-NEXT: func.func @a() {
// IMPLICIT: func.func @b() {

func.func @a() {
  return
}
func.func @b() {
  return
}
