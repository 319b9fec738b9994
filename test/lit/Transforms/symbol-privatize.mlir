// RUN: jopt %s --allow-unregistered-dialect --pass-pipeline='builtin.module(symbol-privatize{exclude=keep,named})' | FileCheck %s
// REQUIRES: jopt-pass-pipeline
// Expected output recorded from mlir-opt 22.

// CHECK: module {
// CHECK-NEXT:   func.func private @a() {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT:   func.func private @b() {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT:   func.func private @c()
// CHECK-NEXT:   func.func @keep() {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT:   module {
// CHECK-NEXT:     func.func @inner() {
// CHECK-NEXT:       return
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT:   module @named {
// CHECK-NEXT:   }
// CHECK-NEXT:   "test.sym"() {sym_name = "x"} : () -> ()
// CHECK-NEXT: }
module {
  func.func @a() { return }
  func.func nested @b() { return }
  func.func private @c()
  func.func @keep() { return }
  module {
    func.func @inner() { return }
  }
  module @named {
  }
  "test.sym"() {sym_name = "x"} : () -> ()
}
