// RUN: jopt %s --inline | FileCheck %s
// inline: single- and multi-block callees inlined bottom-up and simplified with canonicalize; recursive and
// mutually recursive calls, multi-block callees called from single-block regions and external callees stay; private
// callables left without uses are erased.
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func @twice
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: %1 = arith.addi %0, %arg0 : i32
// CHECK-NEXT: return %1 : i32
// CHECK-LABEL: func.func @multi
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: return %arg1 : i32
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: return %c0_i32 : i32
// CHECK-LABEL: func.func @calls_multi
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %0 = arith.muli %arg1, %arg1 : i32
// CHECK-NEXT: %1 = arith.select %arg0, %0, %c0_i32 : i32
// CHECK-NEXT: %2 = arith.addi %1, %arg1 : i32
// CHECK-NEXT: return %2 : i32
// CHECK-LABEL: func.func @rec
// CHECK-NEXT: %0 = call @rec(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @ping
// CHECK-NEXT: %0 = call @pong(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @pong
// CHECK-NEXT: %0 = call @ping(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @in_if
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:   %1 = func.call @multi(%true, %arg1) : (i1, i32) -> i32
// CHECK-NEXT:   scf.yield %1 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT:   %1 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT:   scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func private @external
// CHECK-LABEL: func.func @calls_external
// CHECK-NEXT: %0 = call @external(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32

func.func private @never_called(%a: i32) -> i32 {
  return %a : i32
}
func.func private @add(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  return %0 : i32
}
func.func @twice(%a: i32) -> i32 {
  %0 = call @add(%a, %a) : (i32, i32) -> i32
  %1 = call @add(%0, %a) : (i32, i32) -> i32
  return %1 : i32
}
func.func @multi(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %a : i32
^bb2:
  %z = arith.constant 0 : i32
  return %z : i32
}
func.func @calls_multi(%c: i1, %a: i32) -> i32 {
  %x = arith.muli %a, %a : i32
  %0 = call @multi(%c, %x) : (i1, i32) -> i32
  %1 = arith.addi %0, %a : i32
  return %1 : i32
}
func.func @rec(%a: i32) -> i32 {
  %0 = call @rec(%a) : (i32) -> i32
  return %0 : i32
}
func.func @ping(%a: i32) -> i32 {
  %0 = call @pong(%a) : (i32) -> i32
  return %0 : i32
}
func.func @pong(%a: i32) -> i32 {
  %0 = call @ping(%a) : (i32) -> i32
  return %0 : i32
}
func.func @in_if(%c: i1, %a: i32) -> i32 {
  %0 = scf.if %c -> i32 {
    %1 = func.call @multi(%c, %a) : (i1, i32) -> i32
    scf.yield %1 : i32
  } else {
    %2 = func.call @add(%a, %a) : (i32, i32) -> i32
    scf.yield %2 : i32
  }
  return %0 : i32
}
func.func private @external(i32) -> i32
func.func @calls_external(%a: i32) -> i32 {
  %0 = call @external(%a) : (i32) -> i32
  return %0 : i32
}
