// RUN: jopt %s --allow-unregistered-dialect --split-input-file --pass-pipeline='builtin.module(func.func(cse))' | FileCheck %s
// REQUIRES: jopt-pass-pipeline
// Expected output recorded from mlir-opt 22.

// CHECK: module {
// CHECK-NEXT:   func.func @simple(%arg0: i32, %arg1: i32) -> (i32, i32, i32, i1, i1, i1) {
// CHECK-NEXT:     %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:     %0 = arith.addi %arg0, %c1_i32 : i32
// CHECK-NEXT:     %1 = arith.subi %arg1, %arg0 : i32
// CHECK-NEXT:     %2 = arith.cmpi slt, %arg0, %arg1 : i32
// CHECK-NEXT:     %3 = arith.cmpi sgt, %arg0, %arg1 : i32
// CHECK-NEXT:     return %0, %0, %1, %2, %3, %2 : i32, i32, i32, i1, i1, i1
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Equal pure ops are merged; commutative operands match in any order; different attributes do not match.
func.func @simple(%a: i32, %b: i32) -> (i32, i32, i32, i1, i1, i1) {
  %c1 = arith.constant 1 : i32
  %c1_0 = arith.constant 1 : i32
  %0 = arith.addi %a, %c1 : i32
  %1 = arith.addi %c1_0, %a : i32
  %2 = arith.subi %a, %b : i32
  %3 = arith.subi %b, %a : i32
  %4 = arith.cmpi slt, %a, %b : i32
  %5 = arith.cmpi sgt, %a, %b : i32
  %6 = arith.cmpi slt, %a, %b : i32
  %unused = arith.muli %a, %b : i32
  return %0, %1, %3, %4, %5, %6 : i32, i32, i32, i1, i1, i1
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @dominance(%arg0: i1, %arg1: index) -> index {
// CHECK-NEXT:     %0 = arith.addi %arg1, %arg1 : index
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     %1 = arith.muli %0, %arg1 : index
// CHECK-NEXT:     cf.br ^bb3(%1 : index)
// CHECK-NEXT:   ^bb2:  // pred: ^bb0
// CHECK-NEXT:     %2 = arith.muli %0, %arg1 : index
// CHECK-NEXT:     cf.br ^bb3(%2 : index)
// CHECK-NEXT:   ^bb3(%3: index):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     %4 = arith.muli %0, %arg1 : index
// CHECK-NEXT:     %5 = arith.addi %4, %3 : index
// CHECK-NEXT:     return %5 : index
// CHECK-NEXT:   }
// CHECK-NEXT: }
// An op is replaced only by an equal op that dominates it.
func.func @dominance(%c: i1, %a: index) -> index {
  %0 = arith.addi %a, %a : index
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %1 = arith.addi %a, %a : index
  %2 = arith.muli %1, %a : index
  cf.br ^bb3(%2 : index)
^bb2:
  %3 = arith.muli %0, %a : index
  cf.br ^bb3(%3 : index)
^bb3(%r: index):
  %4 = arith.muli %0, %a : index
  %5 = arith.addi %4, %r : index
  return %5 : index
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @nested(%arg0: i1, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT:     %0 = arith.muli %arg1, %arg1 : i32
// CHECK-NEXT:     %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:       %3 = arith.addi %0, %arg1 : i32
// CHECK-NEXT:       scf.yield %3 : i32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       scf.yield %0 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     %2 = arith.addi %0, %arg1 : i32
// CHECK-NEXT:     return %1, %2 : i32, i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Values from the enclosing region are visible in nested regions, not the other way round.
func.func @nested(%c: i1, %a: i32) -> (i32, i32) {
  %0 = arith.muli %a, %a : i32
  %1 = scf.if %c -> (i32) {
    %2 = arith.muli %a, %a : i32
    %3 = arith.addi %2, %a : i32
    scf.yield %3 : i32
  } else {
    scf.yield %0 : i32
  }
  %4 = arith.addi %0, %a : i32
  return %1, %4 : i32, i32
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @regions(%arg0: i1, %arg1: i32, %arg2: i32) -> (i32, i32, i32) {
// CHECK-NEXT:     %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:       %2 = arith.addi %arg1, %arg2 : i32
// CHECK-NEXT:       scf.yield %2 : i32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       scf.yield %arg1 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:       %2 = arith.addi %arg2, %arg2 : i32
// CHECK-NEXT:       scf.yield %2 : i32
// CHECK-NEXT:     } else {
// CHECK-NEXT:       scf.yield %arg1 : i32
// CHECK-NEXT:     }
// CHECK-NEXT:     return %0, %0, %1 : i32, i32, i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Ops with regions are merged when their regions are structurally equal.
func.func @regions(%c: i1, %a: i32, %b: i32) -> (i32, i32, i32) {
  %0 = scf.if %c -> (i32) {
    %x = arith.addi %a, %b : i32
    scf.yield %x : i32
  } else {
    scf.yield %a : i32
  }
  %1 = scf.if %c -> (i32) {
    %y = arith.addi %a, %b : i32
    scf.yield %y : i32
  } else {
    scf.yield %a : i32
  }
  %2 = scf.if %c -> (i32) {
    %z = arith.addi %b, %b : i32
    scf.yield %z : i32
  } else {
    scf.yield %a : i32
  }
  return %0, %1, %2 : i32, i32, i32
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @isolated(%arg0: i32) -> i32 {
// CHECK-NEXT:     %c7_i32 = arith.constant 7 : i32
// CHECK-NEXT:     "test.isolated"() ({
// CHECK-NEXT:       %c7_i32_0 = arith.constant 7 : i32
// CHECK-NEXT:       "test.use"(%c7_i32_0, %c7_i32_0) : (i32, i32) -> ()
// CHECK-NEXT:     }) : () -> ()
// CHECK-NEXT:     return %c7_i32 : i32
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Nothing crosses into an isolated-from-above op, nor into an unregistered one.
func.func @isolated(%a: i32) -> i32 {
  %0 = arith.constant 7 : i32
  "test.isolated"() ({
    %1 = arith.constant 7 : i32
    %2 = arith.constant 7 : i32
    "test.use"(%1, %2) : (i32, i32) -> ()
  }) : () -> ()
  return %0 : i32
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @loop(%arg0: index, %arg1: index, %arg2: index) -> index {
// CHECK-NEXT:     %0 = arith.addi %arg0, %arg2 : index
// CHECK-NEXT:     %1 = scf.for %arg3 = %arg0 to %arg1 step %arg2 iter_args(%arg4 = %arg0) -> (index) {
// CHECK-NEXT:       %3 = arith.addi %arg3, %0 : index
// CHECK-NEXT:       %4 = arith.addi %arg4, %0 : index
// CHECK-NEXT:       %5 = arith.addi %3, %4 : index
// CHECK-NEXT:       scf.yield %5 : index
// CHECK-NEXT:     }
// CHECK-NEXT:     %2 = arith.addi %1, %0 : index
// CHECK-NEXT:     return %2 : index
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Loops: the body is a nested region, its arguments are distinct values.
func.func @loop(%lb: index, %ub: index, %s: index) -> index {
  %0 = arith.addi %lb, %s : index
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %lb) -> (index) {
    %1 = arith.addi %lb, %s : index
    %2 = arith.addi %i, %1 : index
    %3 = arith.addi %acc, %1 : index
    %4 = arith.addi %2, %3 : index
    scf.yield %4 : index
  }
  %5 = arith.addi %r, %0 : index
  return %5 : index
}
