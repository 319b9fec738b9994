// RUN: jopt %s --allow-unregistered-dialect --split-input-file --reconcile-unrealized-casts | FileCheck %s
// REQUIRES: jopt-pass-pipeline
// Expected output recorded from mlir-opt 22.

// CHECK: module {
// CHECK-NEXT:   func.func @round_trip(%arg0: i32) -> i32 {
// CHECK-NEXT:     return %arg0 : i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
// A round trip through another type folds away.
func.func @round_trip(%a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to i32
  return %1 : i32
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @chain(%arg0: i32) -> i32 {
// CHECK-NEXT:     return %arg0 : i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Longer chains fold to the first input with the same types.
func.func @chain(%a: i32) -> i32 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to f32
  %2 = builtin.unrealized_conversion_cast %1 : f32 to i32
  return %2 : i32
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @dead(%arg0: i32) {
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Unused casts are erased.
func.func @dead(%a: i32) {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to f32
  return
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @live(%arg0: i32) -> i64 {
// CHECK-NEXT:     %0 = builtin.unrealized_conversion_cast %arg0 : i32 to i64
// CHECK-NEXT:     return %0 : i64
// CHECK-NEXT:   }
// CHECK-NEXT: }
// A cast that stays live remains.
func.func @live(%a: i32) -> i64 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  return %0 : i64
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @multi(%arg0: i32, %arg1: i64) -> (i32, i64) {
// CHECK-NEXT:     return %arg0, %arg1 : i32, i64
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Multiple results and inputs.
func.func @multi(%a: i32, %b: i64) -> (i32, i64) {
  %0 = builtin.unrealized_conversion_cast %a, %b : i32, i64 to f64
  %1:2 = builtin.unrealized_conversion_cast %0 : f64 to i32, i64
  return %1#0, %1#1 : i32, i64
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @split(%arg0: i32) -> i64 {
// CHECK-NEXT:     %0 = builtin.unrealized_conversion_cast %arg0 : i32 to i64
// CHECK-NEXT:     %1 = builtin.unrealized_conversion_cast %0 : i64 to i16
// CHECK-NEXT:     "test.use"(%1) : (i16) -> ()
// CHECK-NEXT:     return %0 : i64
// CHECK-NEXT:   }
// CHECK-NEXT: }
// A cast whose inputs come from different casts is not folded.
func.func @split(%a: i32) -> i64 {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1 = builtin.unrealized_conversion_cast %0 : i64 to i16
  %2 = builtin.unrealized_conversion_cast %1 : i16 to i64
  "test.use"(%1) : (i16) -> ()
  return %2 : i64
}
