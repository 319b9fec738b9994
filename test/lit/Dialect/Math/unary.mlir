// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The float unary ops: "$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)".

// CHECK-LABEL: func.func @unary(%arg0: f32) -> f32 {
// CHECK-NEXT:  %0 = math.absf %arg0 : f32
// CHECK-NEXT:  %1 = math.acos %0 : f32
// CHECK-NEXT:  %2 = math.acosh %1 : f32
// CHECK-NEXT:  %3 = math.asin %2 : f32
// CHECK-NEXT:  %4 = math.asinh %3 : f32
// CHECK-NEXT:  %5 = math.atan %4 : f32
// CHECK-NEXT:  %6 = math.atanh %5 : f32
// CHECK-NEXT:  %7 = math.cbrt %6 : f32
// CHECK-NEXT:  %8 = math.ceil %7 : f32
// CHECK-NEXT:  %9 = math.cos %8 : f32
// CHECK-NEXT:  %10 = math.cosh %9 : f32
// CHECK-NEXT:  %11 = math.erf %10 : f32
// CHECK-NEXT:  %12 = math.erfc %11 : f32
// CHECK-NEXT:  %13 = math.exp %12 : f32
// CHECK-NEXT:  %14 = math.exp2 %13 : f32
// CHECK-NEXT:  %15 = math.expm1 %14 : f32
// CHECK-NEXT:  %16 = math.floor %15 : f32
// CHECK-NEXT:  %17 = math.log %16 : f32
// CHECK-NEXT:  %18 = math.log10 %17 : f32
// CHECK-NEXT:  %19 = math.log1p %18 : f32
// CHECK-NEXT:  %20 = math.log2 %19 : f32
// CHECK-NEXT:  %21 = math.round %20 : f32
// CHECK-NEXT:  %22 = math.roundeven %21 : f32
// CHECK-NEXT:  %23 = math.rsqrt %22 : f32
// CHECK-NEXT:  %24 = math.sin %23 : f32
// CHECK-NEXT:  %25 = math.sinh %24 : f32
// CHECK-NEXT:  %26 = math.sqrt %25 : f32
// CHECK-NEXT:  %27 = math.tan %26 : f32
// CHECK-NEXT:  %28 = math.tanh %27 : f32
// CHECK-NEXT:  %29 = math.trunc %28 : f32
// CHECK-NEXT:  return %29 : f32
// CHECK-NEXT:  }
func.func @unary(%x: f32) -> f32 {
  %0 = math.absf %x : f32
  %1 = math.acos %0 : f32
  %2 = math.acosh %1 : f32
  %3 = math.asin %2 : f32
  %4 = math.asinh %3 : f32
  %5 = math.atan %4 : f32
  %6 = math.atanh %5 : f32
  %7 = math.cbrt %6 : f32
  %8 = math.ceil %7 : f32
  %9 = math.cos %8 : f32
  %10 = math.cosh %9 : f32
  %11 = math.erf %10 : f32
  %12 = math.erfc %11 : f32
  %13 = math.exp %12 : f32
  %14 = math.exp2 %13 : f32
  %15 = math.expm1 %14 : f32
  %16 = math.floor %15 : f32
  %17 = math.log %16 : f32
  %18 = math.log10 %17 : f32
  %19 = math.log1p %18 : f32
  %20 = math.log2 %19 : f32
  %21 = math.round %20 : f32
  %22 = math.roundeven %21 : f32
  %23 = math.rsqrt %22 : f32
  %24 = math.sin %23 : f32
  %25 = math.sinh %24 : f32
  %26 = math.sqrt %25 : f32
  %27 = math.tan %26 : f32
  %28 = math.tanh %27 : f32
  %29 = math.trunc %28 : f32
  return %29 : f32
}

// CHECK-LABEL: func.func @fastmath(%arg0: vector<4xf16>, %arg1: tensor<?xf64>) -> (vector<4xf16>, tensor<?xf64>, vector<4xf16>) {
// CHECK-NEXT:  %0 = math.sqrt %arg0 fastmath<fast> : vector<4xf16>
// CHECK-NEXT:  %1 = math.exp %arg1 fastmath<nnan,ninf> : tensor<?xf64>
// CHECK-NEXT:  %2 = math.tanh %arg0 : vector<4xf16>
// CHECK-NEXT:  return %0, %1, %2 : vector<4xf16>, tensor<?xf64>, vector<4xf16>
// CHECK-NEXT:  }
func.func @fastmath(%v: vector<4xf16>, %t: tensor<?xf64>) -> (vector<4xf16>, tensor<?xf64>, vector<4xf16>) {
  %0 = math.sqrt %v fastmath<fast> : vector<4xf16>
  %1 = math.exp %t fastmath<nnan,ninf> : tensor<?xf64>
  %2 = math.tanh %v fastmath<none> : vector<4xf16>
  return %0, %1, %2 : vector<4xf16>, tensor<?xf64>, vector<4xf16>
}
