// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// How mlir-opt numbers values in the custom form. Input names are never
// kept. All values of a region (op results and arguments of non-entry
// blocks, across all its blocks) are numbered first, in order; then each
// nested region continues from where its parent region ended. Sibling
// regions start from the same number. Entry-block arguments are %argN,
// counted the same way.

// CHECK-LABEL: func.func @f(%arg0: i32, %arg1: i32) -> i32 {
func.func @f(%a: i32, %b: i32) -> i32 {
  // CHECK-NEXT: %0 = arith.addi %arg0, %arg1 : i32
  %x = arith.addi %a, %b : i32
  // CHECK-NEXT: %1:2 = "foo.op"(%0) ({
  // CHECK-NEXT: ^bb0(%arg2: i32):
  // CHECK-NEXT: %6 = arith.addi %arg2, %arg2 : i32
  // CHECK-NEXT: "foo.yield"(%6) : (i32) -> ()
  // CHECK-NEXT: }, {
  // CHECK-NEXT: ^bb0(%arg2: i32, %arg3: i32):
  // CHECK-NEXT: %6 = arith.muli %arg2, %arg2 : i32
  // CHECK-NEXT: %7 = arith.muli %6, %6 : i32
  // CHECK-NEXT: "foo.yield"(%7) : (i32) -> ()
  // CHECK-NEXT: }) : (i32) -> (i32, i32)
  %r:2 = "foo.op"(%x) ({
  ^bb0(%p: i32):
    %y = arith.addi %p, %p : i32
    "foo.yield"(%y) : (i32) -> ()
  }, {
  ^bb0(%q: i32, %q2: i32):
    %z = arith.muli %q, %q : i32
    %z2 = arith.muli %z, %z : i32
    "foo.yield"(%z2) : (i32) -> ()
  }) : (i32) -> (i32, i32)
  // CHECK-NEXT: %2 = arith.addi %1#0, %1#1 : i32
  %w = arith.addi %r#0, %r#1 : i32
  // CHECK-NEXT: "foo.op2"() ({
  // CHECK-NEXT: %6 = arith.addi %2, %2 : i32
  // CHECK-NEXT: "foo.op3"() ({
  // CHECK-NEXT: ^bb0(%arg2: i32):
  // CHECK-NEXT: %8 = arith.addi %arg2, %6 : i32
  // CHECK-NEXT: "foo.yield"() : () -> ()
  // CHECK-NEXT: }) : () -> ()
  // CHECK-NEXT: %7 = arith.addi %6, %6 : i32
  // CHECK-NEXT: "foo.yield"() : () -> ()
  // CHECK-NEXT: }) : () -> ()
  "foo.op2"() ({
    %in = arith.addi %w, %w : i32
    "foo.op3"() ({
    ^bb0(%deep: i32):
      %d = arith.addi %deep, %in : i32
      "foo.yield"() : () -> ()
    }) : () -> ()
    %after = arith.addi %in, %in : i32
    "foo.yield"() : () -> ()
  }) : () -> ()
  // CHECK-NEXT: %3 = arith.addi %2, %2 : i32
  // CHECK-NEXT: cf.br ^bb1(%3 : i32)
  %last = arith.addi %w, %w : i32
  cf.br ^bb1(%last : i32)
// Arguments of non-entry blocks are numbered like op results.
// CHECK-NEXT: ^bb1(%4: i32):  // pred: ^bb0
// CHECK-NEXT: %5 = arith.addi %4, %4 : i32
// CHECK-NEXT: return %5 : i32
^bb1(%m: i32):
  %n = arith.addi %m, %m : i32
  return %n : i32
}

// Each function starts again from %arg0 and %0 (the module region defines
// no values).
// CHECK-LABEL: func.func @g(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
func.func @g(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}
