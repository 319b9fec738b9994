// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Every arith op maps elementwise over vectors (scalable too) and tensors (ranked, dynamic, unranked).

// CHECK-LABEL: func.func @tensors(%arg0: tensor<?x4xi32>, %arg1: tensor<*xf32>, %arg2: tensor<?x4xi1>, %arg3: tensor<2x?xf32>) -> (tensor<?x4xi32>, tensor<*xi1>, tensor<?x4xi32>, tensor<2x?xi32>) {
// CHECK-NEXT:  %0 = arith.addi %arg0, %arg0 : tensor<?x4xi32>
// CHECK-NEXT:  %1 = arith.cmpf oeq, %arg1, %arg1 : tensor<*xf32>
// CHECK-NEXT:  %2 = arith.select %arg2, %arg0, %arg0 : tensor<?x4xi1>, tensor<?x4xi32>
// CHECK-NEXT:  %3 = arith.fptosi %arg3 : tensor<2x?xf32> to tensor<2x?xi32>
// CHECK-NEXT:  return %0, %1, %2, %3 : tensor<?x4xi32>, tensor<*xi1>, tensor<?x4xi32>, tensor<2x?xi32>
// CHECK-NEXT:  }
func.func @tensors(%t: tensor<?x4xi32>, %u: tensor<*xf32>, %c: tensor<?x4xi1>, %r: tensor<2x?xf32>) -> (tensor<?x4xi32>, tensor<*xi1>, tensor<?x4xi32>, tensor<2x?xi32>) {
  %0 = arith.addi %t, %t : tensor<?x4xi32>
  %1 = arith.cmpf oeq, %u, %u : tensor<*xf32>
  %2 = arith.select %c, %t, %t : tensor<?x4xi1>, tensor<?x4xi32>
  %3 = arith.fptosi %r : tensor<2x?xf32> to tensor<2x?xi32>
  return %0, %1, %2, %3 : tensor<?x4xi32>, tensor<*xi1>, tensor<?x4xi32>, tensor<2x?xi32>
}

// CHECK-LABEL: func.func @vectors(%arg0: vector<[8]xf32>, %arg1: vector<2x3xi64>) -> (vector<[8]xf32>, vector<2x3xi1>, vector<2x3xindex>) {
// CHECK-NEXT:  %0 = arith.divf %arg0, %arg0 : vector<[8]xf32>
// CHECK-NEXT:  %1 = arith.cmpi ne, %arg1, %arg1 : vector<2x3xi64>
// CHECK-NEXT:  %2 = arith.index_cast %arg1 : vector<2x3xi64> to vector<2x3xindex>
// CHECK-NEXT:  return %0, %1, %2 : vector<[8]xf32>, vector<2x3xi1>, vector<2x3xindex>
// CHECK-NEXT:  }
func.func @vectors(%v: vector<[8]xf32>, %w: vector<2x3xi64>) -> (vector<[8]xf32>, vector<2x3xi1>, vector<2x3xindex>) {
  %0 = arith.divf %v, %v : vector<[8]xf32>
  %1 = arith.cmpi ne, %w, %w : vector<2x3xi64>
  %2 = arith.index_cast %w : vector<2x3xi64> to vector<2x3xindex>
  return %0, %1, %2 : vector<[8]xf32>, vector<2x3xi1>, vector<2x3xindex>
}
