// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Float arithmetic: "$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)" and negf.

// CHECK-LABEL: func.func @scalar(%arg0: f32, %arg1: f32) -> f32 {
// CHECK-NEXT:  %0 = arith.addf %arg0, %arg1 : f32
// CHECK-NEXT:  %1 = arith.subf %0, %arg1 : f32
// CHECK-NEXT:  %2 = arith.mulf %1, %arg1 : f32
// CHECK-NEXT:  %3 = arith.divf %2, %arg1 : f32
// CHECK-NEXT:  %4 = arith.remf %3, %arg1 : f32
// CHECK-NEXT:  %5 = arith.maximumf %4, %arg1 : f32
// CHECK-NEXT:  %6 = arith.minimumf %5, %arg1 : f32
// CHECK-NEXT:  %7 = arith.maxnumf %6, %arg1 : f32
// CHECK-NEXT:  %8 = arith.minnumf %7, %arg1 : f32
// CHECK-NEXT:  %9 = arith.negf %8 : f32
// CHECK-NEXT:  return %9 : f32
// CHECK-NEXT:  }
func.func @scalar(%a: f32, %b: f32) -> f32 {
  %0 = arith.addf %a, %b : f32
  %1 = arith.subf %0, %b : f32
  %2 = arith.mulf %1, %b : f32
  %3 = arith.divf %2, %b : f32
  %4 = arith.remf %3, %b : f32
  %5 = arith.maximumf %4, %b : f32
  %6 = arith.minimumf %5, %b : f32
  %7 = arith.maxnumf %6, %b : f32
  %8 = arith.minnumf %7, %b : f32
  %9 = arith.negf %8 : f32
  return %9 : f32
}

// CHECK-LABEL: func.func @shaped(%arg0: vector<2x[4]xbf16>, %arg1: tensor<*xf64>, %arg2: tensor<3xf16>) -> (vector<2x[4]xbf16>, tensor<*xf64>, tensor<3xf16>) {
// CHECK-NEXT:  %0 = arith.addf %arg0, %arg0 : vector<2x[4]xbf16>
// CHECK-NEXT:  %1 = arith.mulf %arg1, %arg1 : tensor<*xf64>
// CHECK-NEXT:  %2 = arith.negf %arg2 : tensor<3xf16>
// CHECK-NEXT:  return %0, %1, %2 : vector<2x[4]xbf16>, tensor<*xf64>, tensor<3xf16>
// CHECK-NEXT:  }
func.func @shaped(%v: vector<2x[4]xbf16>, %t: tensor<*xf64>, %h: tensor<3xf16>) -> (vector<2x[4]xbf16>, tensor<*xf64>, tensor<3xf16>) {
  %0 = arith.addf %v, %v : vector<2x[4]xbf16>
  %1 = arith.mulf %t, %t : tensor<*xf64>
  %2 = arith.negf %h : tensor<3xf16>
  return %0, %1, %2 : vector<2x[4]xbf16>, tensor<*xf64>, tensor<3xf16>
}
