// RUN: jopt %s | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt --mlir-print-op-generic | jopt | FileCheck %s

// Printing in the generic form and parsing that again gives the same IR:
// the custom form printed from the reparsed IR is the custom form printed
// directly, names included.

// CHECK-LABEL: func.func @compute(%arg0: i32, %arg1: i32, %arg2: i1) -> i32 {
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT: cf.cond_br %arg2, ^bb1, ^bb2(%0 : i32)
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: %1 = arith.muli %0, %c1_i32 : i32
// CHECK-NEXT: cf.br ^bb2(%1 : i32)
// CHECK-NEXT: ^bb2(%2: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: return %2 : i32
// CHECK-NEXT: }
func.func @compute(%a: i32, %b: i32, %c: i1) -> i32 {
  %c1 = arith.constant 1 : i32
  %sum = arith.addi %a, %b : i32
  cf.cond_br %c, ^bb1, ^bb2(%sum : i32)
^bb1:
  %m = arith.muli %sum, %c1 : i32
  cf.br ^bb2(%m : i32)
^bb2(%r: i32):
  return %r : i32
}

// CHECK-NEXT: func.func private @ext(f32) -> f32 attributes {foo = "bar"}
func.func private @ext(f32) -> f32 attributes {foo = "bar"}

// CHECK-NEXT: func.func @callit(%arg0: f32) -> f32 {
// CHECK-NEXT: %0 = call @ext(%arg0) : (f32) -> f32
// CHECK-NEXT: %1 = arith.addf %0, %0 fastmath<fast> : f32
// CHECK-NEXT: %2 = math.sqrt %1 : f32
// CHECK-NEXT: return %2 : f32
// CHECK-NEXT: }
func.func @callit(%x: f32) -> f32 {
  %0 = call @ext(%x) : (f32) -> f32
  %1 = arith.addf %0, %0 fastmath<fast> : f32
  %2 = math.sqrt %1 : f32
  return %2 : f32
}
