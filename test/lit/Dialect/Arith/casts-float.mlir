// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Float casts. truncf takes an optional rounding mode keyword (an i32 enum) and fast-math flags; extf takes
// fast-math flags; neither prints them when absent.

// CHECK-LABEL: func.func @float_casts(%arg0: f16, %arg1: f32, %arg2: f64) -> (f32, f64, f16, f16, f16, f16, f16, f16, bf16) {
// CHECK-NEXT:  %0 = arith.extf %arg0 : f16 to f32
// CHECK-NEXT:  %1 = arith.extf %arg1 fastmath<nnan> : f32 to f64
// CHECK-NEXT:  %2 = arith.truncf %arg1 : f32 to f16
// CHECK-NEXT:  %3 = arith.truncf %arg1 to_nearest_even : f32 to f16
// CHECK-NEXT:  %4 = arith.truncf %arg1 downward : f32 to f16
// CHECK-NEXT:  %5 = arith.truncf %arg1 upward : f32 to f16
// CHECK-NEXT:  %6 = arith.truncf %arg1 toward_zero fastmath<fast> : f32 to f16
// CHECK-NEXT:  %7 = arith.truncf %arg2 to_nearest_away : f64 to f16
// CHECK-NEXT:  %8 = arith.truncf %arg2 fastmath<afn> : f64 to bf16
// CHECK-NEXT:  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f32, f64, f16, f16, f16, f16, f16, f16, bf16
// CHECK-NEXT:  }
func.func @float_casts(%h: f16, %f: f32, %d: f64) -> (f32, f64, f16, f16, f16, f16, f16, f16, bf16) {
  %0 = arith.extf %h : f16 to f32
  %1 = arith.extf %f fastmath<nnan> : f32 to f64
  %2 = arith.truncf %f : f32 to f16
  %3 = arith.truncf %f to_nearest_even : f32 to f16
  %4 = arith.truncf %f downward : f32 to f16
  %5 = arith.truncf %f upward : f32 to f16
  %6 = arith.truncf %f toward_zero fastmath<fast> : f32 to f16
  %7 = arith.truncf %d to_nearest_away : f64 to f16
  %8 = arith.truncf %d fastmath<afn> : f64 to bf16
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f32, f64, f16, f16, f16, f16, f16, f16, bf16
}

// CHECK-LABEL: func.func @int_float(%arg0: i32, %arg1: f32, %arg2: vector<4xi8>) -> (f32, f64, i32, i16, vector<4xf16>, f32, i32) {
// CHECK-NEXT:  %0 = arith.sitofp %arg0 : i32 to f32
// CHECK-NEXT:  %1 = arith.uitofp %arg0 : i32 to f64
// CHECK-NEXT:  %2 = arith.fptosi %arg1 : f32 to i32
// CHECK-NEXT:  %3 = arith.fptoui %arg1 : f32 to i16
// CHECK-NEXT:  %4 = arith.sitofp %arg2 : vector<4xi8> to vector<4xf16>
// CHECK-NEXT:  %5 = arith.bitcast %arg0 : i32 to f32
// CHECK-NEXT:  %6 = arith.bitcast %arg1 : f32 to i32
// CHECK-NEXT:  return %0, %1, %2, %3, %4, %5, %6 : f32, f64, i32, i16, vector<4xf16>, f32, i32
// CHECK-NEXT:  }
func.func @int_float(%i: i32, %f: f32, %v: vector<4xi8>) -> (f32, f64, i32, i16, vector<4xf16>, f32, i32) {
  %0 = arith.sitofp %i : i32 to f32
  %1 = arith.uitofp %i : i32 to f64
  %2 = arith.fptosi %f : f32 to i32
  %3 = arith.fptoui %f : f32 to i16
  %4 = arith.sitofp %v : vector<4xi8> to vector<4xf16>
  %5 = arith.bitcast %i : i32 to f32
  %6 = arith.bitcast %f : f32 to i32
  return %0, %1, %2, %3, %4, %5, %6 : f32, f64, i32, i16, vector<4xf16>, f32, i32
}

// CHECK-LABEL: func.func @bitcast_memref(%arg0: memref<8xf32>) -> memref<8xi32> {
// CHECK-NEXT:  %0 = arith.bitcast %arg0 : memref<8xf32> to memref<8xi32>
// CHECK-NEXT:  return %0 : memref<8xi32>
// CHECK-NEXT:  }
func.func @bitcast_memref(%m: memref<8xf32>) -> memref<8xi32> {
  %0 = arith.bitcast %m : memref<8xf32> to memref<8xi32>
  return %0 : memref<8xi32>
}
