// RUN: jopt %s --allow-unregistered-dialect --canonicalize | FileCheck %s
// scf.while canonicalization: loop-invariant before-arguments, values forwarded from outside the before region,
// the condition's truth in the after region, unused results and unused before-arguments.
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func @invariant_before_arg
// CHECK-NEXT: %0 = scf.while (%arg2 = %arg1) : (i32) -> i32 {
// CHECK-NEXT:   %1 = "test.cond"(%arg0, %arg2) : (i32, i32) -> i1
// CHECK-NEXT:   scf.condition(%1) %arg2 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg2: i32):
// CHECK-NEXT:   %1 = "test.step"(%arg2) : (i32) -> i32
// CHECK-NEXT:   scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @value_from_outside
// CHECK-NEXT: %0 = scf.while (%arg2 = %arg0) : (i32) -> i32 {
// CHECK-NEXT:   %1 = "test.cond"(%arg2) : (i32) -> i1
// CHECK-NEXT:   scf.condition(%1) %arg2 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg2: i32):
// CHECK-NEXT:   %1 = "test.step"(%arg2, %arg1) : (i32, i32) -> i32
// CHECK-NEXT:   scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0, %arg1 : i32, i32
// CHECK-LABEL: func.func @truth_and_unused
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %0 = scf.while (%arg1 = %arg0) : (i32) -> i32 {
// CHECK-NEXT:   %1 = "test.cond"(%arg1) : (i32) -> i1
// CHECK-NEXT:   scf.condition(%1) %arg1 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg1: i32):
// CHECK-NEXT:   %1 = "test.step"(%arg1, %true) : (i32, i1) -> i32
// CHECK-NEXT:   scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @unused_before_arg
// CHECK-NEXT: %0 = scf.while (%arg2 = %arg0) : (i32) -> i32 {
// CHECK-NEXT:   %1 = "test.cond"(%arg2) : (i32) -> i1
// CHECK-NEXT:   scf.condition(%1) %arg2 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg2: i32):
// CHECK-NEXT:   %1 = "test.step"(%arg2) : (i32) -> i32
// CHECK-NEXT:   %2 = "test.other"(%arg2) : (i32) -> i32
// CHECK-NEXT:   scf.yield %1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32

func.func @invariant_before_arg(%a: i32, %b: i32) -> i32 {
  %0:2 = scf.while (%x = %a, %y = %b) : (i32, i32) -> (i32, i32) {
    %c = "test.cond"(%x, %y) : (i32, i32) -> i1
    scf.condition(%c) %x, %y : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %n = "test.step"(%q) : (i32) -> i32
    scf.yield %p, %n : i32, i32
  }
  return %0#1 : i32
}

func.func @value_from_outside(%a: i32, %k: i32) -> (i32, i32) {
  %0:2 = scf.while (%x = %a) : (i32) -> (i32, i32) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %k : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %n = "test.step"(%p, %q) : (i32, i32) -> i32
    scf.yield %n : i32
  }
  return %0#0, %0#1 : i32, i32
}

func.func @truth_and_unused(%a: i32) -> i32 {
  %0:2 = scf.while (%x = %a) : (i32) -> (i32, i1) {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x, %c : i32, i1
  } do {
  ^bb0(%p: i32, %t: i1):
    %n = "test.step"(%p, %t) : (i32, i1) -> i32
    scf.yield %n : i32
  }
  return %0#0 : i32
}

func.func @unused_before_arg(%a: i32, %b: i32) -> i32 {
  %0 = scf.while (%x = %a, %unused = %b) : (i32, i32) -> i32 {
    %c = "test.cond"(%x) : (i32) -> i1
    scf.condition(%c) %x : i32
  } do {
  ^bb0(%p: i32):
    %n = "test.step"(%p) : (i32) -> i32
    %m = "test.other"(%p) : (i32) -> i32
    scf.yield %n, %m : i32, i32
  }
  return %0 : i32
}
