// RUN: jopt %s --canonicalize | FileCheck %s
// Casts: constant folding with MLIR's rules (fptosi/fptoui fold only in range, truncf only when exact) and the
// folds and patterns of cast chains.
// Expected output recorded from mlir-opt 22 (--canonicalize).

// CHECK: module {
// CHECK-LABEL: func.func @constants() -> (i32, i32, i8, i8, i8, f32, f32, f32, bf16, i32, index, index, f16) {
// CHECK-NEXT: %cst = arith.constant 1.500000e+00 : f16
// CHECK-NEXT: %c4294967295 = arith.constant 4294967295 : index
// CHECK-NEXT: %c-1 = arith.constant -1 : index
// CHECK-NEXT: %c1065353216_i32 = arith.constant 1065353216 : i32
// CHECK-NEXT: %cst_0 = arith.constant 1.677720e+07 : bf16
// CHECK-NEXT: %cst_1 = arith.constant 4.2949673E+9 : f32
// CHECK-NEXT: %cst_2 = arith.constant 5.000000e-01 : f32
// CHECK-NEXT: %cst_3 = arith.constant 2.559000e+02 : f32
// CHECK-NEXT: %cst_4 = arith.constant 1.000000e-01 : f64
// CHECK-NEXT: %c-1_i32 = arith.constant -1 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %c-1_i8 = arith.constant -1 : i8
// CHECK-NEXT: %0 = arith.fptosi %cst_3 : f32 to i8
// CHECK-NEXT: %1 = arith.truncf %cst_4 : f64 to f32
// CHECK-NEXT: return %c-1_i32, %c1_i32, %c-1_i8, %c-1_i8, %0, %cst_2, %1, %cst_1, %cst_0, %c1065353216_i32, %c-1, %c4294967295, %cst : i32, i32, i8, i8, i8, f32, f32, f32, bf16, i32, index, index, f16
// CHECK-NEXT: }
// CHECK-LABEL: func.func @chains(%arg0: i8, %arg1: i16, %arg2: i32, %arg3: f16) -> (i64, i64, i16, i8, i32, i8, index, i32, i32, f32) {
// CHECK-NEXT: %0 = arith.extui %arg0 : i8 to i64
// CHECK-NEXT: %1 = arith.extui %arg0 : i8 to i64
// CHECK-NEXT: %2 = arith.trunci %arg1 : i16 to i8
// CHECK-NEXT: %3 = arith.extsi %arg1 : i16 to i32
// CHECK-NEXT: %4 = arith.trunci %arg2 : i32 to i8
// CHECK-NEXT: %5 = arith.index_cast %arg1 : i16 to index
// CHECK-NEXT: %6 = arith.extf %arg3 : f16 to f64
// CHECK-NEXT: %7 = arith.truncf %6 : f64 to f32
// CHECK-NEXT: return %0, %1, %arg1, %2, %3, %4, %5, %arg2, %arg2, %7 : i64, i64, i16, i8, i32, i8, index, i32, i32, f32
// CHECK-NEXT: }
// CHECK-NEXT: }

func.func @constants() -> (i32, i32, i8, i8, i8, f32, f32, f32, bf16, i32, index, index, f16) {
  %true = arith.constant true
  %c255 = arith.constant 255 : i32
  %m1 = arith.constant -1 : i32
  %f = arith.constant 255.9 : f32
  %half = arith.constant 0.5 : f64
  %tenth = arith.constant 0.1 : f64
  %one = arith.constant 1.0 : f32
  %big = arith.constant 16777217 : i32
  %h = arith.constant 1.5 : f16
  %0 = arith.extsi %true : i1 to i32
  %1 = arith.extui %true : i1 to i32
  %2 = arith.trunci %c255 : i32 to i8
  %3 = arith.fptoui %f : f32 to i8
  %4 = arith.fptosi %f : f32 to i8
  %5 = arith.truncf %half : f64 to f32
  %6 = arith.truncf %tenth : f64 to f32
  %7 = arith.uitofp %m1 : i32 to f32
  %8 = arith.sitofp %big : i32 to bf16
  %9 = arith.bitcast %one : f32 to i32
  %10 = arith.index_cast %m1 : i32 to index
  %11 = arith.index_castui %m1 : i32 to index
  %12 = arith.bitcast %9 : i32 to f32
  %13 = arith.extf %h : f16 to f64
  %14 = arith.truncf %13 : f64 to f16
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %14 : i32, i32, i8, i8, i8, f32, f32, f32, bf16, i32, index, index, f16
}

func.func @chains(%a: i8, %s: i16, %x: i32, %f: f16) -> (i64, i64, i16, i8, i32, i8, index, i32, i32, f32) {
  %0 = arith.extui %a : i8 to i16
  %1 = arith.extui %0 : i16 to i64
  %2 = arith.extsi %0 : i16 to i64
  %w = arith.extsi %s : i16 to i64
  %3 = arith.trunci %w : i64 to i16
  %4 = arith.trunci %w : i64 to i8
  %5 = arith.trunci %w : i64 to i32
  %t = arith.trunci %x : i32 to i16
  %6 = arith.trunci %t : i16 to i8
  %e = arith.extsi %s : i16 to i32
  %7 = arith.index_cast %e : i32 to index
  %ic = arith.index_cast %x : i32 to index
  %8 = arith.index_cast %ic : index to i32
  %bc = arith.bitcast %x : i32 to f32
  %9 = arith.bitcast %bc : f32 to i32
  %ef = arith.extf %f : f16 to f64
  %10 = arith.truncf %ef : f64 to f32
  return %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : i64, i64, i16, i8, i32, i8, index, i32, i32, f32
}
