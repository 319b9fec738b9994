// RUN: jopt %s --allow-unregistered-dialect --split-input-file --canonicalize | FileCheck %s
// REQUIRES: jopt-pass-pipeline
// Expected output recorded from mlir-opt 22.

// CHECK: module {
// CHECK-NEXT:   func.func @dead_ops(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:     "test.effect"(%arg0) : (i32) -> ()
// CHECK-NEXT:     %0 = "test.unknown"() : () -> i32
// CHECK-NEXT:     return %arg0 : i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Dead pure ops go, ops with unknown effects stay.
func.func @dead_ops(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  %1 = arith.muli %0, %a : i32
  "test.effect"(%a) : (i32) -> ()
  %2 = "test.unknown"() : () -> i32
  return %a : i32
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @unreachable(%arg0: i32) -> i32 {
// CHECK-NEXT:     "test.effect"() : () -> ()
// CHECK-NEXT:     return %arg0 : i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Blocks unreachable from the entry are erased.
func.func @unreachable(%a: i32) -> i32 {
  "test.effect"() : () -> ()
  return %a : i32
^bb1(%x: i32):
  %y = arith.addi %x, %x : i32
  "test.effect"() : () -> ()
  cf.br ^bb1(%y : i32)
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @dead_block_args(%arg0: i1, %arg1: i32, %arg2: i32) {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2(%arg2 : i32)
// CHECK-NEXT:   ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT:     "test.sink"(%0) : (i32) -> ()
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb2(%1: i32):  // pred: ^bb0
// CHECK-NEXT:     "test.other"(%1) : (i32) -> ()
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb3:  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
// A block argument no live op uses is erased with the operands branches pass it.
func.func @dead_block_args(%c: i1, %a: i32, %b: i32) {
  cf.cond_br %c, ^bb1(%a, %b : i32, i32), ^bb2(%b, %a : i32, i32)
^bb1(%x: i32, %y: i32):
  "test.sink"(%x) : (i32) -> ()
  cf.br ^bb3
^bb2(%u: i32, %v: i32):
  %d = arith.addi %v, %v : i32
  "test.other"(%u) : (i32) -> ()
  cf.br ^bb3
^bb3:
  return
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @identical_blocks(%arg0: i1, %arg1: i32, %arg2: i32) {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     "test.sink"(%arg1) : (i32) -> ()
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb2:  // pred: ^bb0
// CHECK-NEXT:     "test.sink"(%arg2) : (i32) -> ()
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb3:  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Identical blocks are not merged at the default level.
func.func @identical_blocks(%c: i1, %a: i32, %b: i32) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.sink"(%a) : (i32) -> ()
  cf.br ^bb3
^bb2:
  "test.sink"(%b) : (i32) -> ()
  cf.br ^bb3
^bb3:
  return
}
