// RUN: not jopt --bogus-flag %s 2>&1 | FileCheck %s
// RUN: not jopt -bogus-flag %s 2>&1 | FileCheck %s --check-prefix=SINGLE

// An unknown option is a usage error, reported as mlir-opt reports it.

// CHECK: Unknown command line argument '--bogus-flag'
// SINGLE: Unknown command line argument '-bogus-flag'
func.func @f() {
  return
}
