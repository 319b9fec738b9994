// RUN: jopt %s --inline=inlining-threshold=100 | FileCheck %s
// inline with a cost threshold: a callee bigger than the caller (in percent of its op count) stays a call;
// no_inline calls stay; nested chains are inlined bottom-up.
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func private @mid
// CHECK-NEXT: %c9_i32 = arith.constant 9 : i32
// CHECK-NEXT: %0 = arith.muli %arg0, %c9_i32 : i32
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @top
// CHECK-NEXT: %c9_i32 = arith.constant 9 : i32
// CHECK-NEXT: %0 = call @mid(%arg0) {no_inline} : (i32) -> i32
// CHECK-NEXT: %1 = arith.muli %0, %c9_i32 : i32
// CHECK-NEXT: return %1 : i32
// CHECK-LABEL: func.func private @big
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: %1 = arith.muli %0, %0 : i32
// CHECK-NEXT: %2 = arith.subi %1, %arg0 : i32
// CHECK-NEXT: %3 = arith.xori %2, %1 : i32
// CHECK-NEXT: return %3 : i32
// CHECK-LABEL: func.func @small_caller
// CHECK-NEXT: %0 = call @big(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @with_memref
// CHECK-NEXT: %0 = memref.load %arg0[%arg1] : memref<4xf32>
// CHECK-NEXT: return %0 : f32

func.func private @leaf(%a: i32) -> i32 {
  %c = arith.constant 3 : i32
  %0 = arith.muli %a, %c : i32
  return %0 : i32
}
func.func private @mid(%a: i32) -> i32 {
  %0 = call @leaf(%a) : (i32) -> i32
  %1 = call @leaf(%0) : (i32) -> i32
  return %1 : i32
}
func.func @top(%a: i32) -> i32 {
  %0 = call @mid(%a) {no_inline} : (i32) -> i32
  %1 = call @mid(%0) : (i32) -> i32
  return %1 : i32
}
func.func private @big(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.muli %0, %0 : i32
  %2 = arith.subi %1, %a : i32
  %3 = arith.xori %2, %1 : i32
  return %3 : i32
}
func.func @small_caller(%a: i32) -> i32 {
  %0 = call @big(%a) : (i32) -> i32
  return %0 : i32
}
func.func @with_memref(%m: memref<4xf32>, %i: index) -> f32 {
  %0 = call @load(%m, %i) : (memref<4xf32>, index) -> f32
  return %0 : f32
}
func.func private @load(%m: memref<4xf32>, %i: index) -> f32 {
  %0 = memref.load %m[%i] : memref<4xf32>
  return %0 : f32
}
