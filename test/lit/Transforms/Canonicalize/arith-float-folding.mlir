// RUN: jopt %s --canonicalize | FileCheck %s
// Constant folding of arith's float ops in each type's precision, with APFloat's NaN rules and the
// maximumf/minimumf (NaN-propagating) versus maxnumf/minnumf (NaN-ignoring) semantics.
// Expected output recorded from mlir-opt 22 (--canonicalize).

// CHECK: module {
// CHECK-LABEL: func.func @precision() -> (f16, bf16, f32, f64, f32) {
// CHECK-NEXT: %cst = arith.constant 1.000980e+00 : f16
// CHECK-NEXT: %cst_0 = arith.constant 3.339840e-01 : bf16
// CHECK-NEXT: %cst_1 = arith.constant 0.333333343 : f32
// CHECK-NEXT: %cst_2 = arith.constant 0.33333333333333331 : f64
// CHECK-NEXT: %cst_3 = arith.constant 1.500000e+00 : f32
// CHECK-NEXT: return %cst, %cst_0, %cst_1, %cst_2, %cst_3 : f16, bf16, f32, f64, f32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @nans() -> (f32, f32, f32, f32, f32, f32, f32, f32, f32) {
// CHECK-NEXT: %cst = arith.constant 0x7FC00000 : f32
// CHECK-NEXT: %cst_0 = arith.constant 0x7FC00001 : f32
// CHECK-NEXT: %cst_1 = arith.constant 0xFFC00000 : f32
// CHECK-NEXT: %cst_2 = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %cst_3 = arith.constant -0.000000e+00 : f32
// CHECK-NEXT: %cst_4 = arith.constant 0xFFC00001 : f32
// CHECK-NEXT: return %cst, %cst_0, %cst_1, %cst_0, %cst_2, %cst_3, %cst_3, %cst_4, %cst : f32, f32, f32, f32, f32, f32, f32, f32, f32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @identities(%arg0: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32) {
// CHECK-NEXT: %cst = arith.constant 0.000000e+00 : f32
// CHECK-NEXT: %0 = arith.addf %arg0, %cst : f32
// CHECK-NEXT: return %arg0, %0, %arg0, %arg0, %arg0, %arg0, %arg0, %arg0 : f32, f32, f32, f32, f32, f32, f32, f32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @dense(%arg0: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
// CHECK-NEXT: %cst = arith.constant dense<[3.750000e-01, 6.250000e-01]> : tensor<2xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<[-1.250000e+00, -2.250000e+00]> : tensor<2xf32>
// CHECK-NEXT: return %cst, %cst_0 : tensor<2xf32>, tensor<2xf32>
// CHECK-NEXT: }
// CHECK-NEXT: }

func.func @precision() -> (f16, bf16, f32, f64, f32) {
  %h1 = arith.constant 1.0 : f16
  %h2 = arith.constant 0.0009765625 : f16
  %b1 = arith.constant 1.0 : bf16
  %b3 = arith.constant 3.0 : bf16
  %s1 = arith.constant 1.0 : f32
  %s3 = arith.constant 3.0 : f32
  %d1 = arith.constant 1.0 : f64
  %d3 = arith.constant 3.0 : f64
  %s7 = arith.constant 7.5 : f32
  %0 = arith.addf %h1, %h2 : f16
  %1 = arith.divf %b1, %b3 : bf16
  %2 = arith.divf %s1, %s3 : f32
  %3 = arith.divf %d1, %d3 : f64
  %4 = arith.remf %s7, %s3 : f32
  return %0, %1, %2, %3, %4 : f16, bf16, f32, f64, f32
}

func.func @nans() -> (f32, f32, f32, f32, f32, f32, f32, f32, f32) {
  %one = arith.constant 1.0 : f32
  %zero = arith.constant 0.0 : f32
  %nzero = arith.constant -0.0 : f32
  %nan = arith.constant 0x7FC00001 : f32
  %nnan = arith.constant 0xFFC00000 : f32
  %0 = arith.divf %zero, %zero : f32
  %1 = arith.addf %nan, %nnan : f32
  %2 = arith.addf %nnan, %nan : f32
  %3 = arith.maximumf %one, %nan : f32
  %4 = arith.maxnumf %nan, %one : f32
  %5 = arith.minimumf %zero, %nzero : f32
  %6 = arith.minnumf %one, %nzero : f32
  %7 = arith.negf %nan : f32
  %8 = arith.remf %one, %zero : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f32, f32, f32, f32, f32, f32, f32, f32, f32
}

func.func @identities(%x: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32) {
  %zero = arith.constant 0.0 : f32
  %nzero = arith.constant -0.0 : f32
  %one = arith.constant 1.0 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %0 = arith.addf %x, %nzero : f32
  %1 = arith.addf %x, %zero : f32
  %2 = arith.subf %x, %zero : f32
  %3 = arith.mulf %one, %x : f32
  %4 = arith.divf %x, %one : f32
  %5 = arith.maximumf %x, %ninf : f32
  %6 = arith.maxnumf %x, %nan : f32
  %n = arith.negf %x : f32
  %7 = arith.negf %n : f32
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f32, f32, f32, f32, f32, f32, f32
}

func.func @dense(%t: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  %a = arith.constant dense<[1.5, 2.5]> : tensor<2xf32>
  %b = arith.constant dense<0.25> : tensor<2xf32>
  %0 = arith.mulf %a, %b : tensor<2xf32>
  %1 = arith.subf %b, %a : tensor<2xf32>
  return %0, %1 : tensor<2xf32>, tensor<2xf32>
}
