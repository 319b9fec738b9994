// RUN: jopt %s --sccp | FileCheck %s
// sccp: constants through straight-line code, loops in cf with block arguments that stay constant and ones that
// do not, branches on constants (dead blocks are not visited), integer wrap-around, scf regions, private functions
// never called (left alone) and called ones (arguments and results propagated across the call).
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func @straight
// CHECK-NEXT: %c6_i32 = arith.constant 6 : i32
// CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = arith.muli %c3_i32, %arg0 : i32
// CHECK-NEXT: return %0, %c6_i32 : i32, i32
// CHECK-LABEL: func.func @loop_const
// CHECK-NEXT: %c5_i32 = arith.constant 5 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: cf.br ^bb1(%c5_i32, %c0_i32 : i32, i32)
// CHECK-NEXT: ^bb1(%0: i32, %1: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: %2 = arith.cmpi sge, %1, %arg0 : i32
// CHECK-NEXT: %3 = arith.addi %1, %c1_i32 : i32
// CHECK-NEXT: cf.cond_br %2, ^bb2(%c5_i32 : i32), ^bb1(%c5_i32, %3 : i32, i32)
// CHECK-NEXT: ^bb2(%4: i32):  // pred: ^bb1
// CHECK-NEXT: return %c5_i32 : i32
// CHECK-LABEL: func.func @dead_branch
// CHECK-NEXT: %c14_i32 = arith.constant 14 : i32
// CHECK-NEXT: %c7_i32 = arith.constant 7 : i32
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: cf.cond_br %true, ^bb1(%c7_i32 : i32), ^bb2(%arg0 : i32)
// CHECK-NEXT: ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%c7_i32 : i32)
// CHECK-NEXT: ^bb2(%1: i32):  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%1 : i32)
// CHECK-NEXT: ^bb3(%2: i32):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT: return %c14_i32 : i32
// CHECK-LABEL: func.func @overflow
// CHECK-NEXT: %c-128_i8 = arith.constant -128 : i8
// CHECK-NEXT: %c1_i8 = arith.constant 1 : i8
// CHECK-NEXT: %c127_i8 = arith.constant 127 : i8
// CHECK-NEXT: return %c-128_i8 : i8
// CHECK-LABEL: func.func @scf_if
// CHECK-NEXT: %c6_i32 = arith.constant 6 : i32
// CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: return %c6_i32 : i32
// CHECK-LABEL: func.func @scf_for
// CHECK-NEXT: %c4_i32 = arith.constant 4 : i32
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %0 = scf.for %arg1 = %c0 to %arg0 step %c1 iter_args(%arg2 = %c4_i32) -> (i32) {
// CHECK-NEXT:   %2 = arith.addi %arg2, %c4_i32 : i32
// CHECK-NEXT:   scf.yield %2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: %1 = arith.addi %c4_i32, %0 : i32
// CHECK-NEXT: return %1 : i32
// CHECK-LABEL: func.func private @never
// CHECK-NEXT: %c9_i32 = arith.constant 9 : i32
// CHECK-NEXT: %0 = arith.addi %c9_i32, %c9_i32 : i32
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func private @called
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %c10_i32 = arith.constant 10 : i32
// CHECK-NEXT: %c9_i32 = arith.constant 9 : i32
// CHECK-NEXT: return %c10_i32 : i32
// CHECK-LABEL: func.func @caller
// CHECK-NEXT: %c10_i32 = arith.constant 10 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = call @called(%c1_i32) : (i32) -> i32
// CHECK-NEXT: return %c10_i32 : i32

func.func @straight(%a: i32) -> (i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %c1, %c2 : i32
  %1 = arith.muli %0, %a : i32
  %2 = arith.addi %0, %0 : i32
  return %1, %2 : i32, i32
}
func.func @loop_const(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %c5 = arith.constant 5 : i32
  cf.br ^bb1(%c5, %c0 : i32, i32)
^bb1(%x: i32, %i: i32):
  %done = arith.cmpi sge, %i, %n : i32
  %next = arith.addi %i, %c1 : i32
  cf.cond_br %done, ^bb2(%x : i32), ^bb1(%x, %next : i32, i32)
^bb2(%r: i32):
  return %r : i32
}
func.func @dead_branch(%a: i32) -> i32 {
  %t = arith.constant true
  %c7 = arith.constant 7 : i32
  cf.cond_br %t, ^bb1(%c7 : i32), ^bb2(%a : i32)
^bb1(%x: i32):
  cf.br ^bb3(%x : i32)
^bb2(%y: i32):
  cf.br ^bb3(%y : i32)
^bb3(%z: i32):
  %w = arith.addi %z, %z : i32
  return %w : i32
}
func.func @overflow() -> i8 {
  %a = arith.constant 127 : i8
  %b = arith.constant 1 : i8
  %c = arith.addi %a, %b : i8
  return %c : i8
}
func.func @scf_if(%a: i32) -> i32 {
  %t = arith.constant false
  %c3 = arith.constant 3 : i32
  %0 = scf.if %t -> i32 {
    scf.yield %a : i32
  } else {
    scf.yield %c3 : i32
  }
  %1 = arith.addi %0, %c3 : i32
  return %1 : i32
}
func.func @scf_for(%n: index) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %k = arith.constant 4 : i32
  %0 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %k) -> (i32) {
    scf.yield %x : i32
  }
  %1 = scf.for %i = %c0 to %n step %c1 iter_args(%x = %k) -> (i32) {
    %y = arith.addi %x, %k : i32
    scf.yield %y : i32
  }
  %2 = arith.addi %0, %1 : i32
  return %2 : i32
}
func.func private @never(%a: i32) -> i32 {
  %c = arith.constant 9 : i32
  %0 = arith.addi %c, %c : i32
  return %0 : i32
}
func.func private @called(%a: i32) -> i32 {
  %c = arith.constant 9 : i32
  %0 = arith.addi %c, %a : i32
  return %0 : i32
}
func.func @caller() -> i32 {
  %c = arith.constant 1 : i32
  %0 = call @called(%c) : (i32) -> i32
  return %0 : i32
}
