// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Dynamic and unranked shapes are compatible with static ones.

// CHECK-LABEL: func.func @copies
// CHECK-NEXT:    memref.copy %arg0, %arg1 : memref<8x8xf32> to memref<?x8xf32>
// CHECK-NEXT:    memref.copy %arg2, %arg0 : memref<*xf32> to memref<8x8xf32>
// CHECK-NEXT:    memref.copy %arg0, %arg0 {tag} : memref<8x8xf32> to memref<8x8xf32>
func.func @copies(%a: memref<8x8xf32>, %b: memref<?x8xf32>, %u: memref<*xf32>) {
  memref.copy %a, %b : memref<8x8xf32> to memref<?x8xf32>
  memref.copy %u, %a : memref<*xf32> to memref<8x8xf32>
  memref.copy %a, %a {tag} : memref<8x8xf32> to memref<8x8xf32>
  return
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: "memref.copy"(%{{.*}}, %{{.*}}) : (memref<8x8xf32>, memref<?x8xf32>) -> ()
