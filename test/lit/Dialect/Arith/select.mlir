// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// select spells the condition type only when it is not i1.

// CHECK-LABEL: func.func @select(%arg0: i1, %arg1: i32, %arg2: i32, %arg3: vector<4xi1>, %arg4: vector<4xf32>, %arg5: tensor<2xindex>) -> (i32, vector<4xf32>, vector<4xf32>, tensor<2xindex>) {
// CHECK-NEXT:  %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT:  %1 = arith.select %arg3, %arg4, %arg4 : vector<4xi1>, vector<4xf32>
// CHECK-NEXT:  %2 = arith.select %arg0, %arg4, %arg4 {tag} : vector<4xf32>
// CHECK-NEXT:  %3 = arith.select %arg0, %arg5, %arg5 : tensor<2xindex>
// CHECK-NEXT:  return %0, %1, %2, %3 : i32, vector<4xf32>, vector<4xf32>, tensor<2xindex>
// CHECK-NEXT:  }
func.func @select(%c: i1, %a: i32, %b: i32, %vc: vector<4xi1>, %v: vector<4xf32>, %t: tensor<2xindex>) -> (i32, vector<4xf32>, vector<4xf32>, tensor<2xindex>) {
  %0 = arith.select %c, %a, %b : i32
  %1 = arith.select %vc, %v, %v : vector<4xi1>, vector<4xf32>
  %2 = arith.select %c, %v, %v {tag} : vector<4xf32>
  %3 = "arith.select"(%c, %t, %t) : (i1, tensor<2xindex>, tensor<2xindex>) -> tensor<2xindex>
  return %0, %1, %2, %3 : i32, vector<4xf32>, vector<4xf32>, tensor<2xindex>
}
