// Canonicalization: folding (constants hoisted and shared at the top of the function), dead-op removal,
// the addi reassociation pattern, unreachable blocks and dead block arguments. CHECK lines are mlir-opt 22's
// output for the same input.
// RUN: jopt --canonicalize --split-input-file %s | FileCheck %s

// CHECK-LABEL: func.func @f(
// CHECK-NEXT: %c8_i32 = arith.constant 8 : i32
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: %1 = arith.addi %0, %c1_i32 : i32
// CHECK-NEXT: %2 = arith.muli %1, %c2_i32 : i32
// CHECK-NEXT: %3 = arith.addi %2, %c1_i32 : i32
// CHECK-NEXT: %4 = scf.if %arg1 -> (i32) {
// CHECK-NEXT: %5 = arith.addi %2, %c8_i32 : i32
// CHECK-NEXT: scf.yield %5 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %3 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %4 : i32
// CHECK-NEXT: }
func.func @f(%a: i32, %c: i1) -> i32 {
  %x = arith.addi %a, %a : i32
  %c1 = arith.constant 1 : i32
  %y = arith.addi %x, %c1 : i32
  %c2 = arith.constant 2 : i32
  %c1b = arith.constant 1 : i32
  %z = arith.muli %y, %c2 : i32
  %w = arith.addi %z, %c1b : i32
  %r = scf.if %c -> i32 {
    %c7 = arith.constant 7 : i32
    %q = arith.addi %w, %c7 : i32
    scf.yield %q : i32
  } else {
    scf.yield %w : i32
  }
  %dead = arith.muli %a, %a : i32
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @g(
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: %1 = arith.muli %0, %c2_i32 : i32
// CHECK-NEXT: %2 = arith.addi %1, %c1_i32 : i32
// CHECK-NEXT: return %2 : i32
// CHECK-NEXT: }
func.func @g(%a: i32) -> i32 {
 %x = arith.addi %a, %a : i32
 %c1 = arith.constant 1 : i32
 %c2 = arith.constant 2 : i32
 %y = arith.muli %x, %c1 : i32
 %z = arith.muli %y, %c2 : i32
 %w = arith.addi %z, %c1 : i32
 return %w : i32
}

// -----

// CHECK-LABEL: func.func @g(
// CHECK-NEXT: cf.cond_br %arg1, ^bb1(%arg0 : i32), ^bb2(%arg0 : i32)
// CHECK-NEXT: ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT: %1 = arith.muli %0, %0 : i32
// CHECK-NEXT: cf.br ^bb2(%1 : i32)
// CHECK-NEXT: ^bb2(%2: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: return %2 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @h(
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: return %false : i1
// CHECK-NEXT: }
func.func @g(%a: i32, %c: i1) -> i32 {
  %c0 = arith.constant 0 : i32
  %s = arith.addi %a, %c0 : i32
  cf.cond_br %c, ^bb1(%s, %a : i32, i32), ^bb2(%a : i32)
^bb1(%x: i32, %unused: i32):
  %m = arith.muli %x, %x : i32
  cf.br ^bb2(%m : i32)
^bb2(%y: i32):
  return %y : i32
^bb3:
  %z = arith.addi %a, %a : i32
  cf.br ^bb2(%z : i32)
}
func.func @h(%a: index) -> i1 {
  %t = arith.cmpi slt, %a, %a : index
  %c3 = arith.constant 3 : index
  %c5 = arith.constant 5 : index
  %lt = arith.cmpi ult, %c3, %c5 : index
  %d = arith.divsi %c5, %c3 : index
  %sel = arith.select %lt, %t, %lt : i1
  return %sel : i1
}
