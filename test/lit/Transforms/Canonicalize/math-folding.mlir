// RUN: jopt %s --canonicalize | FileCheck %s
// math's folds: exact operations for every float format, libm functions for f32 and f64 only (not folded where
// upstream declines, e.g. log and sqrt of negative values), and the integer ops.
// Expected output recorded from mlir-opt 22 (--canonicalize).

// CHECK: module {
// CHECK-LABEL: func.func @exact(%arg0: f16) -> (f16, f16, f16, f16, f16, f16, bf16) {
// CHECK-NEXT: %cst = arith.constant 2.000000e+00 : bf16
// CHECK-NEXT: %cst_0 = arith.constant -2.500000e+00 : f16
// CHECK-NEXT: %cst_1 = arith.constant 2.500000e+00 : f16
// CHECK-NEXT: %cst_2 = arith.constant -2.000000e+00 : f16
// CHECK-NEXT: %cst_3 = arith.constant -3.000000e+00 : f16
// CHECK-NEXT: %cst_4 = arith.constant -1.000000e+00 : f16
// CHECK-NEXT: %0 = math.round %cst_0 : f16
// CHECK-NEXT: return %cst_1, %cst_2, %cst_3, %cst_2, %cst_4, %0, %cst : f16, f16, f16, f16, f16, f16, bf16
// CHECK-NEXT: }
// CHECK-LABEL: func.func @libm_f32() -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
// CHECK-NEXT: %cst = arith.constant -0.986614286 : f32
// CHECK-NEXT: %cst_0 = arith.constant -2.000000e+00 : f32
// CHECK-NEXT: %cst_1 = arith.constant -3.000000e+00 : f32
// CHECK-NEXT: %cst_2 = arith.constant 2.46685171 : f32
// CHECK-NEXT: %cst_3 = arith.constant 0.176776692 : f32
// CHECK-NEXT: %cst_4 = arith.constant -2.500000e+00 : f32
// CHECK-NEXT: %cst_5 = arith.constant 1.41421354 : f32
// CHECK-NEXT: %cst_6 = arith.constant 0.909297406 : f32
// CHECK-NEXT: %cst_7 = arith.constant 7.3890562 : f32
// CHECK-NEXT: %0 = math.log %cst_4 : f32
// CHECK-NEXT: %1 = math.sqrt %cst_4 : f32
// CHECK-NEXT: return %cst_5, %cst_6, %cst_7, %0, %1, %cst_3, %cst_2, %cst_1, %cst_0, %cst : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @libm_f64() -> (f64, f64, f64, f64, f64) {
// CHECK-NEXT: %cst = arith.constant 0.87758256189037276 : f64
// CHECK-NEXT: %cst_0 = arith.constant -1.000000e+00 : f64
// CHECK-NEXT: %cst_1 = arith.constant 0.64872127070012819 : f64
// CHECK-NEXT: %cst_2 = arith.constant 0.52049987781304652 : f64
// CHECK-NEXT: %cst_3 = arith.constant 0.46364760900080609 : f64
// CHECK-NEXT: return %cst, %cst_0, %cst_1, %cst_2, %cst_3 : f64, f64, f64, f64, f64
// CHECK-NEXT: }
// CHECK-LABEL: func.func @not_folded(%arg0: f32) -> (f32, f32, f32, f32) {
// CHECK-NEXT: %cst = arith.constant 2.000000e+00 : f32
// CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT: %0 = math.fpowi %cst, %c3_i32 : f32, i32
// CHECK-NEXT: %1 = math.fma %cst, %cst, %cst : f32
// CHECK-NEXT: %2 = math.cbrt %cst : f32
// CHECK-NEXT: %3 = math.rsqrt %cst : f32
// CHECK-NEXT: return %0, %1, %2, %3 : f32, f32, f32, f32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @classify() -> (i1, i1, i1, i1) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: return %true, %true, %false, %false : i1, i1, i1, i1
// CHECK-NEXT: }
// CHECK-LABEL: func.func @integers() -> (i32, i32, i32, i32, i32, i32, i8) {
// CHECK-NEXT: %c12_i32 = arith.constant 12 : i32
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c29_i32 = arith.constant 29 : i32
// CHECK-NEXT: %c-1728_i32 = arith.constant -1728 : i32
// CHECK-NEXT: %c8_i8 = arith.constant 8 : i8
// CHECK-NEXT: return %c12_i32, %c0_i32, %c2_i32, %c29_i32, %c-1728_i32, %c0_i32, %c8_i8 : i32, i32, i32, i32, i32, i32, i8
// CHECK-NEXT: }
// CHECK-NEXT: }

func.func @exact(%x: f16) -> (f16, f16, f16, f16, f16, f16, bf16) {
  %a = arith.constant -2.5 : f16
  %b = arith.constant 1.0 : f16
  %c = arith.constant 2.5 : bf16
  %0 = math.absf %a : f16
  %1 = math.ceil %a : f16
  %2 = math.floor %a : f16
  %3 = math.roundeven %a : f16
  %4 = math.copysign %b, %a : f16
  %5 = math.round %a : f16
  %6 = math.roundeven %c : bf16
  return %0, %1, %2, %3, %4, %5, %6 : f16, f16, f16, f16, f16, f16, bf16
}

func.func @libm_f32() -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
  %two = arith.constant 2.0 : f32
  %neg = arith.constant -2.5 : f32
  %0 = math.sqrt %two : f32
  %1 = math.sin %two : f32
  %2 = math.exp %two : f32
  %3 = math.log %neg : f32
  %4 = math.sqrt %neg : f32
  %5 = math.powf %two, %neg : f32
  %6 = math.atan2 %two, %neg : f32
  %7 = math.round %neg : f32
  %8 = math.trunc %neg : f32
  %9 = math.tanh %neg : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
}

func.func @libm_f64() -> (f64, f64, f64, f64, f64) {
  %half = arith.constant 0.5 : f64
  %0 = math.cos %half : f64
  %1 = math.log2 %half : f64
  %2 = math.expm1 %half : f64
  %3 = math.erf %half : f64
  %4 = math.atan %half : f64
  return %0, %1, %2, %3, %4 : f64, f64, f64, f64, f64
}

func.func @not_folded(%x: f32) -> (f32, f32, f32, f32) {
  %two = arith.constant 2.0 : f32
  %i = arith.constant 3 : i32
  %0 = math.fpowi %two, %i : f32, i32
  %1 = math.fma %two, %two, %two : f32
  %2 = math.cbrt %two : f32
  %3 = math.rsqrt %two : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

func.func @classify() -> (i1, i1, i1, i1) {
  %nan = arith.constant 0x7FC00000 : f32
  %inf = arith.constant 0x7F800000 : f32
  %tiny = arith.constant 1.0e-40 : f32
  %0 = math.isnan %nan : f32
  %1 = math.isinf %inf : f32
  %2 = math.isfinite %inf : f32
  %3 = math.isnormal %tiny : f32
  return %0, %1, %2, %3 : i1, i1, i1, i1
}

func.func @integers() -> (i32, i32, i32, i32, i32, i32, i8) {
  %a = arith.constant -12 : i32
  %p = arith.constant 3 : i32
  %n = arith.constant -3 : i32
  %z = arith.constant 0 : i8
  %0 = math.absi %a : i32
  %1 = math.ctlz %a : i32
  %2 = math.cttz %a : i32
  %3 = math.ctpop %a : i32
  %4 = math.ipowi %a, %p : i32
  %5 = math.ipowi %a, %n : i32
  %6 = math.ctlz %z : i8
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, i32, i32, i32, i8
}
