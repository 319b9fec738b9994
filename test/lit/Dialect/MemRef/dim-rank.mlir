// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// memref.dim names its result %dim; memref.rank does not name its result.

// CHECK-LABEL: func.func @dims
// CHECK-NEXT:    %[[C1:.*]] = arith.constant 1 : index
// CHECK-NEXT:    %dim = memref.dim %arg0, %[[C1]] : memref<4x?xf32>
// CHECK-NEXT:    %dim_0 = memref.dim %arg1, %arg2 : memref<*xf32>
// CHECK-NEXT:    %[[R:.*]] = memref.rank %arg1 : memref<*xf32>
// CHECK-NEXT:    %{{.*}} = memref.rank %arg0 : memref<4x?xf32>
// CHECK-NEXT:    return %dim, %[[R]] : index, index
func.func @dims(%m: memref<4x?xf32>, %u: memref<*xf32>, %i: index) -> (index, index) {
  %c1 = arith.constant 1 : index
  %0 = memref.dim %m, %c1 : memref<4x?xf32>
  %1 = memref.dim %u, %i : memref<*xf32>
  %2 = memref.rank %u : memref<*xf32>
  %3 = memref.rank %m : memref<4x?xf32>
  return %0, %2 : index, index
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: %{{.*}} = "memref.dim"(%{{.*}}, %{{.*}}) : (memref<4x?xf32>, index) -> index
// GENERIC: %{{.*}} = "memref.rank"(%{{.*}}) : (memref<*xf32>) -> index
