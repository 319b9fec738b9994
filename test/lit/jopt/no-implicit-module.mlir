// RUN: jopt %s --no-implicit-module --split-input-file | FileCheck %s

// With --no-implicit-module the input must hold exactly one top-level op,
// which becomes the root and is printed as it is, without a module around
// it (it does not have to be a module).

// CHECK: {{^}}func.func @f() {
// CHECK-NEXT: {{^}}  return
// CHECK-NEXT: {{^}}}
func.func @f() {
  return
}

// -----

// CHECK: {{^}}module @m {
// CHECK-NEXT: {{^}}  func.func private @x()
// CHECK-NEXT: {{^}}}
module @m {
  func.func private @x()
}

