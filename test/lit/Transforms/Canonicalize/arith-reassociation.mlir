// RUN: jopt %s --canonicalize | FileCheck %s
// addi/subi/muli with constants are reassociated into one op and one constant; the overflow flags both ops
// carry survive where upstream keeps them.
// Expected output recorded from mlir-opt 22 (--canonicalize).

// CHECK: module {
// CHECK-LABEL: func.func @add_sub(%arg0: i32, %arg1: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) {
// CHECK-NEXT: %c15_i32 = arith.constant 15 : i32
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %c-2_i32 = arith.constant -2 : i32
// CHECK-NEXT: %c8_i32 = arith.constant 8 : i32
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %0 = arith.addi %arg0, %c2_i32 : i32
// CHECK-NEXT: %1 = arith.subi %c8_i32, %arg0 : i32
// CHECK-NEXT: %2 = arith.subi %arg0, %arg1 : i32
// CHECK-NEXT: %3 = arith.addi %arg0, %c-2_i32 : i32
// CHECK-NEXT: %4 = arith.subi %c2_i32, %arg0 : i32
// CHECK-NEXT: %5 = arith.subi %arg0, %c8_i32 : i32
// CHECK-NEXT: %6 = arith.subi %c-2_i32, %arg0 : i32
// CHECK-NEXT: %7 = arith.subi %c8_i32, %arg0 : i32
// CHECK-NEXT: %8 = arith.addi %arg0, %c2_i32 : i32
// CHECK-NEXT: %9 = arith.subi %c0_i32, %arg1 : i32
// CHECK-NEXT: %10 = arith.muli %arg0, %c15_i32 : i32
// CHECK-NEXT: %11 = arith.addi %arg0, %c8_i32 : i32
// CHECK-NEXT: return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @flags(%arg0: i32) -> (i32, i32, i32) {
// CHECK-NEXT: %c4_i32 = arith.constant 4 : i32
// CHECK-NEXT: %c-1_i32 = arith.constant -1 : i32
// CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT: %0 = arith.addi %arg0, %c3_i32 overflow<nsw> : i32
// CHECK-NEXT: %1 = arith.addi %arg0, %c-1_i32 : i32
// CHECK-NEXT: %2 = arith.muli %arg0, %c4_i32 overflow<nuw> : i32
// CHECK-NEXT: return %0, %1, %2 : i32, i32, i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @splats_are_not_reassociated(%arg0: vector<4xi32>) -> vector<4xi32> {
// CHECK-NEXT: %cst = arith.constant dense<1> : vector<4xi32>
// CHECK-NEXT: %cst_0 = arith.constant dense<2> : vector<4xi32>
// CHECK-NEXT: %0 = arith.addi %arg0, %cst : vector<4xi32>
// CHECK-NEXT: %1 = arith.addi %0, %cst_0 : vector<4xi32>
// CHECK-NEXT: return %1 : vector<4xi32>
// CHECK-NEXT: }
// CHECK-LABEL: func.func @logic_of_extensions(%arg0: i8, %arg1: i8, %arg2: i16) -> (i32, i32, i1) {
// CHECK-NEXT: %0 = arith.andi %arg0, %arg1 : i8
// CHECK-NEXT: %1 = arith.extui %0 : i8 to i32
// CHECK-NEXT: %2 = arith.ori %arg0, %arg1 : i8
// CHECK-NEXT: %3 = arith.extsi %2 : i8 to i32
// CHECK-NEXT: %4 = arith.cmpi eq, %arg0, %arg1 : i8
// CHECK-NEXT: return %1, %3, %4 : i32, i32, i1
// CHECK-NEXT: }
// CHECK-LABEL: func.func @extended_ops(%arg0: i32, %arg1: i32) -> (i32, i32, i32, i32) {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT: %1 = arith.muli %arg0, %arg1 : i32
// CHECK-NEXT: %2 = arith.cmpi slt, %arg0, %c0_i32 : i32
// CHECK-NEXT: %3 = arith.extsi %2 : i1 to i32
// CHECK-NEXT: %4 = arith.muli %arg0, %arg1 : i32
// CHECK-NEXT: return %0, %1, %3, %4 : i32, i32, i32, i32
// CHECK-NEXT: }
// CHECK-NEXT: }

func.func @add_sub(%x: i32, %y: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) {
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %m1 = arith.constant -1 : i32
  %xm3 = arith.subi %x, %c3 : i32
  %0 = arith.addi %xm3, %c5 : i32
  %c3mx = arith.subi %c3, %x : i32
  %1 = arith.addi %c3mx, %c5 : i32
  %ny = arith.muli %y, %m1 : i32
  %2 = arith.addi %x, %ny : i32
  %xp3 = arith.addi %x, %c3 : i32
  %3 = arith.subi %xp3, %c5 : i32
  %4 = arith.subi %c5, %xp3 : i32
  %5 = arith.subi %xm3, %c5 : i32
  %6 = arith.subi %c3mx, %c5 : i32
  %7 = arith.subi %c5, %xm3 : i32
  %8 = arith.subi %c5, %c3mx : i32
  %xmy = arith.subi %x, %y : i32
  %9 = arith.subi %xmy, %x : i32
  %x3 = arith.muli %x, %c3 : i32
  %10 = arith.muli %x3, %c5 : i32
  %11 = arith.addi %xp3, %c5 : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32
}

func.func @flags(%x: i32) -> (i32, i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %a = arith.addi %x, %c1 overflow<nsw, nuw> : i32
  %0 = arith.addi %a, %c2 overflow<nsw> : i32
  %1 = arith.subi %a, %c2 overflow<nsw, nuw> : i32
  %m = arith.muli %x, %c2 overflow<nuw> : i32
  %2 = arith.muli %m, %c2 overflow<nuw> : i32
  return %0, %1, %2 : i32, i32, i32
}

func.func @splats_are_not_reassociated(%x: vector<4xi32>) -> vector<4xi32> {
  %c1 = arith.constant dense<1> : vector<4xi32>
  %c2 = arith.constant dense<2> : vector<4xi32>
  %0 = arith.addi %x, %c1 : vector<4xi32>
  %1 = arith.addi %0, %c2 : vector<4xi32>
  return %1 : vector<4xi32>
}

func.func @logic_of_extensions(%a: i8, %b: i8, %c: i16) -> (i32, i32, i1) {
  %ea = arith.extui %a : i8 to i32
  %eb = arith.extui %b : i8 to i32
  %0 = arith.andi %ea, %eb : i32
  %sa = arith.extsi %a : i8 to i32
  %sb = arith.extsi %b : i8 to i32
  %1 = arith.ori %sa, %sb : i32
  %2 = arith.cmpi eq, %sa, %sb : i32
  return %0, %1, %2 : i32, i32, i1
}

func.func @extended_ops(%x: i32, %y: i32) -> (i32, i32, i32, i32) {
  %c1 = arith.constant 1 : i32
  %sum, %overflow = arith.addui_extended %x, %y : i32, i1
  %low, %high = arith.mulsi_extended %x, %y : i32
  %low1, %high1 = arith.mulsi_extended %x, %c1 : i32
  %ulow, %uhigh = arith.mului_extended %x, %y : i32
  return %sum, %low, %high1, %ulow : i32, i32, i32, i32
}
