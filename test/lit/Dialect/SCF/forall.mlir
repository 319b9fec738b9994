// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Normalized loops (lower bounds 0, steps 1) print only their upper bounds; the implicit
// scf.forall.in_parallel terminator is printed only when the loop has shared outputs.

// CHECK-LABEL: func.func @forall
// CHECK-NEXT:    scf.forall (%arg4, %arg5) in (%arg0, 8) {
// CHECK-NEXT:      memref.store %arg3, %arg1[%arg4, %arg5] : memref<8x8xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.forall (%arg4) = (0) to (%arg0) step (2) {
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.forall (%arg4) = (1) to (%arg0) step (1) {
// CHECK-NEXT:    } {tag}
// CHECK-NEXT:    %[[R:.*]] = scf.forall (%arg4) in (4) shared_outs(%arg5 = %arg2) -> (tensor<8xf32>) {
// CHECK-NEXT:      scf.forall.in_parallel {
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]] : tensor<8xf32>
func.func @forall(%n: index, %m: memref<8x8xf32>, %t: tensor<8xf32>, %v: f32) -> tensor<8xf32> {
  scf.forall (%i, %j) in (%n, 8) {
    memref.store %v, %m[%i, %j] : memref<8x8xf32>
  }
  scf.forall (%i) = (0) to (%n) step (2) {
  }
  scf.forall (%i) = (1) to (%n) step (1) {
  } {tag}
  %r = scf.forall (%i) in (4) shared_outs(%o = %t) -> (tensor<8xf32>) {
  }
  return %r : tensor<8xf32>
}

// The generic form keeps static bounds in dense arrays; `in` stands for lower bounds 0 and steps 1.
// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC:      "scf.forall"(%{{.*}}) <{operandSegmentSizes = array<i32: 0, 1, 0, 0>, staticLowerBound = array<i64: 0, 0>, staticStep = array<i64: 1, 1>, staticUpperBound = array<i64: -9223372036854775808, 8>}> ({
// GENERIC-NEXT: ^bb0(%{{.*}}: index, %{{.*}}: index):
// GENERIC-NEXT:   "memref.store"
// GENERIC-NEXT:   "scf.forall.in_parallel"() ({
// GENERIC-NEXT:   ^bb0:
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : (index) -> ()
// GENERIC:      %{{.*}} = "scf.forall"(%{{.*}}) <{operandSegmentSizes = array<i32: 0, 0, 0, 1>, staticLowerBound = array<i64: 0>, staticStep = array<i64: 1>, staticUpperBound = array<i64: 4>}> ({
