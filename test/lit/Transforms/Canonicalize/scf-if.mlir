// RUN: jopt %s --allow-unregistered-dialect --canonicalize | FileCheck %s
// scf.if canonicalization: static conditions, unused results, selects for values from outside, results that are
// the condition, empty else regions, condition propagation, adjacent and nested ifs combined, negated conditions.
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func @static_condition
// CHECK-NEXT: %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT: %1 = arith.muli %arg0, %arg1 : i32
// CHECK-NEXT: return %0, %1 : i32, i32
// CHECK-LABEL: func.func @unused_results
// CHECK-NEXT: %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:   %1 = "test.x"() : () -> i32
// CHECK-NEXT:   %2 = "test.y"() : () -> i32
// CHECK-NEXT:   scf.yield %2 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT:   %1 = "test.z"() : () -> i32
// CHECK-NEXT:   scf.yield %arg1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @to_select
// CHECK-NEXT: %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT: %1 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:   %2 = "test.x"() : () -> i32
// CHECK-NEXT:   scf.yield %2 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT:   scf.yield %arg1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0, %1, %arg2 : i32, i32, i32
// CHECK-LABEL: func.func @yield_condition
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %0 = arith.xori %arg0, %true : i1
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT:   "test.side"() : () -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT:   "test.other"() : () -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return %arg0, %0 : i1, i1
// CHECK-LABEL: func.func @empty_else_and_propagation
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: scf.if %arg0 {
// CHECK-NEXT:   "test.use"(%true) : (i1) -> ()
// CHECK-NEXT:   "test.a"() : () -> ()
// CHECK-NEXT: } else {
// CHECK-NEXT:   "test.b"(%false) : (i1) -> ()
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-LABEL: func.func @combine
// CHECK-NEXT: %0:2 = scf.if %arg0 -> (i32, i32) {
// CHECK-NEXT:   %1 = "test.x"() : () -> i32
// CHECK-NEXT:   %2 = "test.u"(%1) : (i32) -> i32
// CHECK-NEXT:   scf.yield %1, %2 : i32, i32
// CHECK-NEXT: } else {
// CHECK-NEXT:   %1 = "test.y"() : () -> i32
// CHECK-NEXT:   %2 = "test.v"(%1) : (i32) -> i32
// CHECK-NEXT:   scf.yield %1, %2 : i32, i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0#0, %0#1 : i32, i32
// CHECK-LABEL: func.func @nested
// CHECK-NEXT: %0 = arith.andi %arg0, %arg1 : i1
// CHECK-NEXT: %1 = scf.if %0 -> (i32) {
// CHECK-NEXT:   %2 = "test.x"() : () -> i32
// CHECK-NEXT:   scf.yield %2 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT:   scf.yield %arg3 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : i32
// CHECK-LABEL: func.func @negated
// CHECK-NEXT: %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT:   %1 = "test.y"(%arg2) : (i32) -> i32
// CHECK-NEXT:   scf.yield %1 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT:   %1 = "test.x"(%arg1) : (i32) -> i32
// CHECK-NEXT:   scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32

func.func @static_condition(%a: i32, %b: i32) -> (i32, i32) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = scf.if %t -> i32 {
    %s = arith.addi %a, %b : i32
    scf.yield %s : i32
  } else {
    scf.yield %b : i32
  }
  %1 = scf.if %f -> i32 {
    scf.yield %a : i32
  } else {
    %m = arith.muli %a, %b : i32
    scf.yield %m : i32
  }
  scf.if %f {
    "test.never"() : () -> ()
  }
  return %0, %1 : i32, i32
}

func.func @unused_results(%c: i1, %a: i32) -> i32 {
  %0:2 = scf.if %c -> (i32, i32) {
    %x = "test.x"() : () -> i32
    %y = "test.y"() : () -> i32
    scf.yield %x, %y : i32, i32
  } else {
    %z = "test.z"() : () -> i32
    scf.yield %z, %a : i32, i32
  }
  return %0#1 : i32
}

func.func @to_select(%c: i1, %a: i32, %b: i32) -> (i32, i32, i32) {
  %0:3 = scf.if %c -> (i32, i32, i32) {
    %x = "test.x"() : () -> i32
    scf.yield %a, %x, %b : i32, i32, i32
  } else {
    scf.yield %b, %a, %b : i32, i32, i32
  }
  return %0#0, %0#1, %0#2 : i32, i32, i32
}

func.func @yield_condition(%c: i1) -> (i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %0:2 = scf.if %c -> (i1, i1) {
    "test.side"() : () -> ()
    scf.yield %t, %f : i1, i1
  } else {
    "test.other"() : () -> ()
    scf.yield %f, %t : i1, i1
  }
  return %0#0, %0#1 : i1, i1
}

func.func @empty_else_and_propagation(%c: i1) {
  scf.if %c {
    "test.use"(%c) : (i1) -> ()
  } else {
  }
  scf.if %c {
    "test.a"() : () -> ()
  } else {
    "test.b"(%c) : (i1) -> ()
  }
  return
}

func.func @combine(%c: i1, %a: i32) -> (i32, i32) {
  %0 = scf.if %c -> i32 {
    %x = "test.x"() : () -> i32
    scf.yield %x : i32
  } else {
    %y = "test.y"() : () -> i32
    scf.yield %y : i32
  }
  %1 = scf.if %c -> i32 {
    %u = "test.u"(%0) : (i32) -> i32
    scf.yield %u : i32
  } else {
    %v = "test.v"(%0) : (i32) -> i32
    scf.yield %v : i32
  }
  return %0, %1 : i32, i32
}

func.func @nested(%c: i1, %d: i1, %a: i32, %b: i32) -> i32 {
  %0 = scf.if %c -> i32 {
    %1 = scf.if %d -> i32 {
      %x = "test.x"() : () -> i32
      scf.yield %x : i32
    } else {
      scf.yield %b : i32
    }
    scf.yield %1 : i32
  } else {
    scf.yield %b : i32
  }
  return %0 : i32
}
func.func @negated(%c: i1, %a: i32, %b: i32) -> i32 {
  %t = arith.constant true
  %n = arith.xori %c, %t : i1
  %0 = scf.if %n -> i32 {
    %x = "test.x"(%a) : (i32) -> i32
    scf.yield %x : i32
  } else {
    %y = "test.y"(%b) : (i32) -> i32
    scf.yield %y : i32
  }
  return %0 : i32
}
