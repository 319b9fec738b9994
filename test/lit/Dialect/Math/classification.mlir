// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The classification ops return i1 of the operand's shape; their fast-math flags are not in the format, so
// non-default flags show in the attribute dictionary.

// CHECK-LABEL: func.func @classify(%arg0: f32, %arg1: vector<4xf64>, %arg2: tensor<*xbf16>) -> (i1, vector<4xi1>, tensor<*xi1>, i1, i1) {
// CHECK-NEXT:  %0 = math.isnan %arg0 : f32
// CHECK-NEXT:  %1 = math.isinf %arg1 : vector<4xf64>
// CHECK-NEXT:  %2 = math.isfinite %arg2 : tensor<*xbf16>
// CHECK-NEXT:  %3 = math.isnormal %arg0 {fastmath = #arith.fastmath<nnan>} : f32
// CHECK-NEXT:  %4 = math.isnan %arg0 : f32
// CHECK-NEXT:  return %0, %1, %2, %3, %4 : i1, vector<4xi1>, tensor<*xi1>, i1, i1
// CHECK-NEXT:  }
func.func @classify(%x: f32, %v: vector<4xf64>, %t: tensor<*xbf16>) -> (i1, vector<4xi1>, tensor<*xi1>, i1, i1) {
  %0 = math.isnan %x : f32
  %1 = math.isinf %v : vector<4xf64>
  %2 = math.isfinite %t : tensor<*xbf16>
  %3 = math.isnormal %x {fastmath = #arith.fastmath<nnan>} : f32
  %4 = math.isnan %x {fastmath = #arith.fastmath<none>} : f32
  return %0, %1, %2, %3, %4 : i1, vector<4xi1>, tensor<*xi1>, i1, i1
}
