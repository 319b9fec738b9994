// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Upstream prints two spaces after the op name; the operand-less return is implicit.

// CHECK-LABEL: func.func @scopes
// CHECK-NEXT:    memref.alloca_scope  {
// CHECK-NEXT:      %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT:      memref.store %arg0, %alloca[%arg1] : memref<4xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    %[[R:.*]]:2 = memref.alloca_scope  -> (f32, index) {
// CHECK-NEXT:      memref.alloca_scope.return %arg0, %arg1 : f32, index
// CHECK-NEXT:    }
// CHECK-NEXT:    memref.alloca_scope  {
// CHECK-NEXT:    } {tag}
// CHECK-NEXT:    return %[[R]]#0 : f32
func.func @scopes(%v: f32, %i: index) -> f32 {
  memref.alloca_scope {
    %a = memref.alloca() : memref<4xf32>
    memref.store %v, %a[%i] : memref<4xf32>
  }
  %r:2 = memref.alloca_scope -> (f32, index) {
    memref.alloca_scope.return %v, %i : f32, index
  }
  memref.alloca_scope {
    memref.alloca_scope.return
  } {tag}
  return %r#0 : f32
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC:      "memref.alloca_scope"() ({
// GENERIC-NEXT:   %{{.*}} = "memref.alloca"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<4xf32>
// GENERIC-NEXT:   "memref.store"
// GENERIC-NEXT:   "memref.alloca_scope.return"() : () -> ()
// GENERIC-NEXT: }) : () -> ()
