// RUN: jopt %s --canonicalize | FileCheck %s
// cmpi/cmpf and select: constant folding of every predicate, equal operands, constants moved to the right with
// the predicate swapped, NaN operands of cmpf, select on constant or repeated operands, and select's patterns.
// Expected output recorded from mlir-opt 22 (--canonicalize).

// CHECK: module {
// CHECK-LABEL: func.func @cmpi_constants() -> (i1, i1, i1, i1, vector<4xi1>) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: %cst = arith.constant dense<false> : vector<4xi1>
// CHECK-NEXT: return %true, %false, %false, %true, %cst : i1, i1, i1, i1, vector<4xi1>
// CHECK-NEXT: }
// CHECK-LABEL: func.func @cmpi_operands(%arg0: i32, %arg1: i1) -> (i1, i1, i1, i1, i1, i1) {
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: %0 = arith.cmpi sgt, %arg0, %c1_i32 : i32
// CHECK-NEXT: %1 = arith.cmpi ult, %arg0, %c1_i32 : i32
// CHECK-NEXT: return %true, %false, %0, %arg1, %arg1, %1 : i1, i1, i1, i1, i1, i1
// CHECK-NEXT: }
// CHECK-LABEL: func.func @cmpf(%arg0: f32) -> (i1, i1, i1, i1, i1) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: %0 = arith.cmpf oeq, %arg0, %arg0 : f32
// CHECK-NEXT: return %true, %false, %true, %false, %0 : i1, i1, i1, i1, i1
// CHECK-NEXT: }
// CHECK-LABEL: func.func @cmpf_of_int_to_fp(%arg0: i32, %arg1: i8) -> (i1, i1, i1, i1, i1) {
// CHECK-NEXT: %c4_i8 = arith.constant 4 : i8
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %c-4_i32 = arith.constant -4 : i32
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: %c4_i32 = arith.constant 4 : i32
// CHECK-NEXT: %0 = arith.cmpi slt, %arg0, %c4_i32 : i32
// CHECK-NEXT: %1 = arith.cmpi sge, %arg0, %c-4_i32 : i32
// CHECK-NEXT: %2 = arith.cmpi ugt, %arg1, %c4_i8 : i8
// CHECK-NEXT: return %0, %false, %1, %true, %2 : i1, i1, i1, i1, i1
// CHECK-NEXT: }
// CHECK-LABEL: func.func @select(%arg0: i1, %arg1: i1, %arg2: i32, %arg3: i32) -> (i32, i32, i32, i1, i32, i32, i32, i32, i32) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = arith.extui %arg0 : i1 to i32
// CHECK-NEXT: %1 = arith.select %arg0, %arg3, %arg2 : i32
// CHECK-NEXT: %2 = arith.select %arg0, %arg2, %c1_i32 : i32
// CHECK-NEXT: %3 = arith.xori %arg0, %true : i1
// CHECK-NEXT: %4 = arith.extui %3 : i1 to i32
// CHECK-NEXT: return %arg2, %arg2, %arg3, %arg0, %arg3, %0, %1, %2, %4 : i32, i32, i32, i1, i32, i32, i32, i32, i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @select_i1(%arg0: i1, %arg1: i1, %arg2: i1) -> (i1, i1) {
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %0 = arith.xori %arg0, %true : i1
// CHECK-NEXT: %1 = arith.select %arg0, %arg1, %arg2 : i1
// CHECK-NEXT: return %0, %1 : i1, i1
// CHECK-NEXT: }
// CHECK-LABEL: func.func @select_dense() -> vector<2xi32> {
// CHECK-NEXT: %cst = arith.constant dense<[1, 4]> : vector<2xi32>
// CHECK-NEXT: return %cst : vector<2xi32>
// CHECK-NEXT: }
// CHECK-NEXT: }

func.func @cmpi_constants() -> (i1, i1, i1, i1, vector<4xi1>) {
  %m1 = arith.constant -1 : i8
  %one = arith.constant 1 : i8
  %v = arith.constant dense<7> : vector<4xi32>
  %w = arith.constant dense<3> : vector<4xi32>
  %0 = arith.cmpi ugt, %m1, %one : i8
  %1 = arith.cmpi sgt, %m1, %one : i8
  %2 = arith.cmpi ule, %m1, %one : i8
  %3 = arith.cmpi ne, %m1, %one : i8
  %4 = arith.cmpi slt, %v, %w : vector<4xi32>
  return %0, %1, %2, %3, %4 : i1, i1, i1, i1, vector<4xi1>
}

func.func @cmpi_operands(%x: i32, %b: i1) -> (i1, i1, i1, i1, i1, i1) {
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %true = arith.constant true
  %0 = arith.cmpi sle, %x, %x : i32
  %1 = arith.cmpi ult, %x, %x : i32
  %2 = arith.cmpi slt, %c1, %x : i32
  %e = arith.extui %b : i1 to i32
  %3 = arith.cmpi ne, %e, %c0 : i32
  %4 = arith.cmpi eq, %b, %true : i1
  %cmp = arith.cmpi uge, %x, %c1 : i32
  %5 = arith.xori %cmp, %true : i1
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

func.func @cmpf(%x: f32) -> (i1, i1, i1, i1, i1) {
  %one = arith.constant 1.0 : f32
  %two = arith.constant 2.0 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %0 = arith.cmpf olt, %one, %two : f32
  %1 = arith.cmpf uge, %one, %two : f32
  %2 = arith.cmpf ueq, %x, %nan : f32
  %3 = arith.cmpf ord, %x, %nan : f32
  %4 = arith.cmpf oeq, %x, %x : f32
  return %0, %1, %2, %3, %4 : i1, i1, i1, i1, i1
}

func.func @cmpf_of_int_to_fp(%x: i32, %u: i8) -> (i1, i1, i1, i1, i1) {
  %f = arith.sitofp %x : i32 to f32
  %g = arith.uitofp %u : i8 to f32
  %four = arith.constant 4.0 : f32
  %frac = arith.constant 4.5 : f32
  %neg = arith.constant -4.5 : f32
  %big = arith.constant 300.0 : f32
  %0 = arith.cmpf olt, %f, %four : f32
  %1 = arith.cmpf oeq, %f, %frac : f32
  %2 = arith.cmpf oge, %f, %neg : f32
  %3 = arith.cmpf ult, %g, %big : f32
  %4 = arith.cmpf ugt, %g, %frac : f32
  return %0, %1, %2, %3, %4 : i1, i1, i1, i1, i1
}

func.func @select(%c: i1, %d: i1, %x: i32, %y: i32) -> (i32, i32, i32, i1, i32, i32, i32, i32, i32) {
  %true = arith.constant true
  %false = arith.constant false
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  %0 = arith.select %c, %x, %x : i32
  %1 = arith.select %true, %x, %y : i32
  %2 = arith.select %false, %x, %y : i32
  %3 = arith.select %c, %true, %false : i1
  %eq = arith.cmpi eq, %x, %y : i32
  %4 = arith.select %eq, %x, %y : i32
  %5 = arith.select %c, %one, %zero : i32
  %not = arith.xori %c, %true : i1
  %6 = arith.select %not, %x, %y : i32
  %inner = arith.select %c, %x, %y : i32
  %7 = arith.select %c, %inner, %one : i32
  %8 = arith.select %c, %zero, %one : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i32, i32, i32, i1, i32, i32, i32, i32, i32
}

func.func @select_i1(%c: i1, %x: i1, %y: i1) -> (i1, i1) {
  %true = arith.constant true
  %false = arith.constant false
  %0 = arith.select %c, %false, %true : i1
  %1 = arith.select %c, %x, %y : i1
  return %0, %1 : i1, i1
}

func.func @select_dense() -> vector<2xi32> {
  %c = arith.constant dense<[true, false]> : vector<2xi1>
  %x = arith.constant dense<[1, 2]> : vector<2xi32>
  %y = arith.constant dense<[3, 4]> : vector<2xi32>
  %0 = arith.select %c, %x, %y : vector<2xi1>, vector<2xi32>
  return %0 : vector<2xi32>
}
