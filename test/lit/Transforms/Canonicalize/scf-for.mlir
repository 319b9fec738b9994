// RUN: jopt %s --allow-unregistered-dialect --canonicalize | FileCheck %s
// scf.for and scf.execute_region canonicalization: forwarded, unused and duplicate iter_args; loops running zero or
// one time; empty loops yielding outside values; single-block execute_region inlined unless no_inline.
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func @iter_args
// CHECK-NEXT: %0:2 = scf.for %arg5 = %arg0 to %arg1 step %arg2 iter_args(%arg6 = %arg4, %arg7 = %arg3) -> (i32, i32) {
// CHECK-NEXT:   %1 = "test.next"(%arg6) : (i32) -> i32
// CHECK-NEXT:   %2 = "test.next"(%arg7) : (i32) -> i32
// CHECK-NEXT:   scf.yield %1, %2 : i32, i32
// CHECK-NEXT: }
// CHECK-NEXT: return %arg3, %0#0, %0#1, %0#1 : i32, i32, i32, i32
// CHECK-LABEL: func.func @zero_and_one_trip
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %0 = "test.next"(%arg0, %c0) : (i32, index) -> i32
// CHECK-NEXT: return %arg0, %0 : i32, i32
// CHECK-LABEL: func.func @same_bounds_and_empty
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: %c8 = arith.constant 8 : index
// CHECK-NEXT: %0 = arith.addi %arg0, %c8 : index
// CHECK-NEXT: scf.for %arg3 = %arg0 to %0 step %c1 {
// CHECK-NEXT:   "test.body"(%arg3) : (index) -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return %arg1, %arg2 : i32, i32
// CHECK-LABEL: func.func @execute_region
// CHECK-NEXT: %0 = "test.x"(%arg0) : (i32) -> i32
// CHECK-NEXT: %1 = scf.execute_region -> i32 no_inline {
// CHECK-NEXT:   %2 = "test.y"(%0) : (i32) -> i32
// CHECK-NEXT:   scf.yield %2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : i32

func.func @iter_args(%lb: index, %ub: index, %st: index, %a: i32, %b: i32) -> (i32, i32, i32, i32) {
  %0:4 = scf.for %i = %lb to %ub step %st iter_args(%x = %a, %y = %b, %z = %a, %w = %a) -> (i32, i32, i32, i32) {
    %n = "test.next"(%y) : (i32) -> i32
    %m = "test.next"(%z) : (i32) -> i32
    scf.yield %x, %n, %m, %m : i32, i32, i32, i32
  }
  return %0#0, %0#1, %0#2, %0#3 : i32, i32, i32, i32
}

func.func @zero_and_one_trip(%a: i32) -> (i32, i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %0 = scf.for %i = %c4 to %c1 step %c1 iter_args(%x = %a) -> (i32) {
    %n = "test.next"(%x) : (i32) -> i32
    scf.yield %n : i32
  }
  %1 = scf.for %i = %c0 to %c1 step %c4 iter_args(%x = %a) -> (i32) {
    %n = "test.next"(%x, %i) : (i32, index) -> i32
    scf.yield %n : i32
  }
  return %0, %1 : i32, i32
}

func.func @same_bounds_and_empty(%n: index, %a: i32, %b: i32) -> (i32, i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  %0 = scf.for %i = %n to %n step %c1 iter_args(%x = %a) -> (i32) {
    %y = "test.next"(%x) : (i32) -> i32
    scf.yield %y : i32
  }
  %1 = scf.for %i = %c0 to %c8 step %c1 iter_args(%x = %a) -> (i32) {
    scf.yield %b : i32
  }
  %u = arith.addi %n, %c8 : index
  scf.for %i = %n to %u step %c1 {
    "test.body"(%i) : (index) -> ()
  }
  return %0, %1 : i32, i32
}

func.func @execute_region(%a: i32) -> i32 {
  %0 = scf.execute_region -> i32 {
    %x = "test.x"(%a) : (i32) -> i32
    scf.yield %x : i32
  }
  %1 = scf.execute_region -> i32 no_inline {
    %y = "test.y"(%0) : (i32) -> i32
    scf.yield %y : i32
  }
  return %1 : i32
}
