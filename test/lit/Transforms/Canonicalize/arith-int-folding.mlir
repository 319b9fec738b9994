// RUN: jopt %s --canonicalize | FileCheck %s
// Constant folding of arith's integer ops: APInt wrap-around at every width, and no folding where MLIR leaves
// the result undefined (division by zero, signed division overflow, shifts by the width or more).
// Expected output recorded from mlir-opt 22 (--canonicalize).

// CHECK: module {
// CHECK-LABEL: func.func @wrap_around() -> (i8, i8, i7, index, i128) {
// CHECK-NEXT: %c-56_i8 = arith.constant -56 : i8
// CHECK-NEXT: %c16_i8 = arith.constant 16 : i8
// CHECK-NEXT: %c-1_i7 = arith.constant -1 : i7
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c-170141183460469231731687303715884105728_i128 = arith.constant -170141183460469231731687303715884105728 : i128
// CHECK-NEXT: return %c-56_i8, %c16_i8, %c-1_i7, %c0, %c-170141183460469231731687303715884105728_i128 : i8, i8, i7, index, i128
// CHECK-NEXT: }
// CHECK-LABEL: func.func @divisions() -> (i8, i8, i8, i8, i8, i8, i8, i8, i8) {
// CHECK-NEXT: %c2_i8 = arith.constant 2 : i8
// CHECK-NEXT: %c42_i8 = arith.constant 42 : i8
// CHECK-NEXT: %c34_i8 = arith.constant 34 : i8
// CHECK-NEXT: %c-43_i8 = arith.constant -43 : i8
// CHECK-NEXT: %c-128_i8 = arith.constant -128 : i8
// CHECK-NEXT: %c-1_i8 = arith.constant -1 : i8
// CHECK-NEXT: %c0_i8 = arith.constant 0 : i8
// CHECK-NEXT: %c3_i8 = arith.constant 3 : i8
// CHECK-NEXT: %c100_i8 = arith.constant 100 : i8
// CHECK-NEXT: %0 = arith.divsi %c-128_i8, %c-1_i8 : i8
// CHECK-NEXT: %1 = arith.divui %c100_i8, %c0_i8 : i8
// CHECK-NEXT: %2 = arith.ceildivsi %c-128_i8, %c3_i8 : i8
// CHECK-NEXT: %3 = arith.floordivsi %c-128_i8, %c-1_i8 : i8
// CHECK-NEXT: return %0, %1, %c0_i8, %c-43_i8, %2, %c34_i8, %c42_i8, %c2_i8, %3 : i8, i8, i8, i8, i8, i8, i8, i8, i8
// CHECK-NEXT: }
// CHECK-LABEL: func.func @shifts_and_bits() -> (i8, i8, i8, i8, i8, i8, i8, i8) {
// CHECK-NEXT: %c11_i8 = arith.constant 11 : i8
// CHECK-NEXT: %c4_i8 = arith.constant 4 : i8
// CHECK-NEXT: %c-1_i8 = arith.constant -1 : i8
// CHECK-NEXT: %c1_i8 = arith.constant 1 : i8
// CHECK-NEXT: %c8_i8 = arith.constant 8 : i8
// CHECK-NEXT: %c-128_i8 = arith.constant -128 : i8
// CHECK-NEXT: %0 = arith.shli %c1_i8, %c8_i8 : i8
// CHECK-NEXT: return %c-128_i8, %0, %c-1_i8, %c1_i8, %c4_i8, %c11_i8, %c-128_i8, %c-128_i8 : i8, i8, i8, i8, i8, i8, i8, i8
// CHECK-NEXT: }
// CHECK-LABEL: func.func @extended() -> (i32, i1, i32, i32) {
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %c-1_i32 = arith.constant -1 : i32
// CHECK-NEXT: return %c1_i32, %true, %c1_i32, %c-1_i32 : i32, i1, i32, i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @splats_and_dense() -> (vector<4xi32>, vector<2xi32>, vector<2xi32>) {
// CHECK-NEXT: %cst = arith.constant dense<[1, 2]> : vector<2xi32>
// CHECK-NEXT: %cst_0 = arith.constant dense<[3, 0]> : vector<2xi32>
// CHECK-NEXT: %cst_1 = arith.constant dense<2> : vector<4xi32>
// CHECK-NEXT: %0 = arith.divui %cst, %cst_0 : vector<2xi32>
// CHECK-NEXT: return %cst_1, %cst_0, %0 : vector<4xi32>, vector<2xi32>, vector<2xi32>
// CHECK-NEXT: }
// CHECK-LABEL: func.func @identities(%arg0: i32, %arg1: i32, %arg2: vector<4xi32>) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, vector<4xi32>) {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %c-1_i32 = arith.constant -1 : i32
// CHECK-NEXT: return %arg0, %c0_i32, %c0_i32, %arg0, %c-1_i32, %c0_i32, %arg0, %c0_i32, %arg0, %arg0, %arg2 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, vector<4xi32>
// CHECK-NEXT: }
// CHECK-NEXT: }

func.func @wrap_around() -> (i8, i8, i7, index, i128) {
  %a = arith.constant 100 : i8
  %b = arith.constant 1 : i7
  %z = arith.constant 0 : i7
  %m1 = arith.constant -1 : index
  %one = arith.constant 1 : index
  %big = arith.constant 170141183460469231731687303715884105727 : i128
  %bone = arith.constant 1 : i128
  %0 = arith.addi %a, %a : i8
  %1 = arith.muli %a, %a : i8
  %2 = arith.subi %z, %b : i7
  %3 = arith.addi %m1, %one : index
  %4 = arith.addi %big, %bone : i128
  return %0, %1, %2, %3, %4 : i8, i8, i7, index, i128
}

func.func @divisions() -> (i8, i8, i8, i8, i8, i8, i8, i8, i8) {
  %min = arith.constant -128 : i8
  %m1 = arith.constant -1 : i8
  %z = arith.constant 0 : i8
  %c3 = arith.constant 3 : i8
  %c100 = arith.constant 100 : i8
  %0 = arith.divsi %min, %m1 : i8
  %1 = arith.divui %c100, %z : i8
  %2 = arith.remsi %min, %m1 : i8
  %3 = arith.floordivsi %min, %c3 : i8
  %4 = arith.ceildivsi %min, %c3 : i8
  %5 = arith.ceildivui %c100, %c3 : i8
  %6 = arith.divui %min, %c3 : i8
  %7 = arith.remui %min, %c3 : i8
  %8 = arith.floordivsi %min, %m1 : i8
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i8, i8, i8, i8, i8, i8, i8, i8, i8
}

func.func @shifts_and_bits() -> (i8, i8, i8, i8, i8, i8, i8, i8) {
  %min = arith.constant -128 : i8
  %c1 = arith.constant 1 : i8
  %c7 = arith.constant 7 : i8
  %c8 = arith.constant 8 : i8
  %c12 = arith.constant 12 : i8
  %0 = arith.shli %c1, %c7 : i8
  %1 = arith.shli %c1, %c8 : i8
  %2 = arith.shrsi %min, %c7 : i8
  %3 = arith.shrui %min, %c7 : i8
  %4 = arith.andi %c12, %c7 : i8
  %5 = arith.xori %c12, %c7 : i8
  %6 = arith.maxui %min, %c7 : i8
  %7 = arith.minsi %min, %c7 : i8
  return %0, %1, %2, %3, %4, %5, %6, %7 : i8, i8, i8, i8, i8, i8, i8, i8
}

func.func @extended() -> (i32, i1, i32, i32) {
  %a = arith.constant -1 : i32
  %b = arith.constant 2 : i32
  %sum, %overflow = arith.addui_extended %a, %b : i32, i1
  %low, %high = arith.mului_extended %a, %b : i32
  %slow, %shigh = arith.mulsi_extended %a, %b : i32
  return %sum, %overflow, %high, %shigh : i32, i1, i32, i32
}

func.func @splats_and_dense() -> (vector<4xi32>, vector<2xi32>, vector<2xi32>) {
  %a = arith.constant dense<7> : vector<4xi32>
  %b = arith.constant dense<3> : vector<4xi32>
  %x = arith.constant dense<[1, 2]> : vector<2xi32>
  %y = arith.constant dense<[3, 0]> : vector<2xi32>
  %0 = arith.divsi %a, %b : vector<4xi32>
  %1 = arith.muli %x, %y : vector<2xi32>
  %2 = arith.divui %x, %y : vector<2xi32>
  return %0, %1, %2 : vector<4xi32>, vector<2xi32>, vector<2xi32>
}

func.func @identities(%x: i32, %y: i32, %v: vector<4xi32>) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, vector<4xi32>) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %m1 = arith.constant -1 : i32
  %vz = arith.constant dense<0> : vector<4xi32>
  %0 = arith.addi %c0, %x : i32
  %1 = arith.muli %x, %c0 : i32
  %2 = arith.subi %x, %x : i32
  %3 = arith.andi %x, %m1 : i32
  %4 = arith.ori %x, %m1 : i32
  %5 = arith.xori %x, %x : i32
  %6 = arith.divsi %x, %c1 : i32
  %7 = arith.remui %x, %c1 : i32
  %s = arith.subi %x, %y : i32
  %8 = arith.addi %s, %y : i32
  %9 = arith.maxsi %x, %x : i32
  %10 = arith.addi %v, %vz : vector<4xi32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, vector<4xi32>
}
