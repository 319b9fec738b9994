// RUN: jopt %s --canonicalize --allow-unregistered-dialect | FileCheck %s
// scf.execute_region: single-block regions inlined, multi-block regions spliced into the function's CFG
// (then merged by cf's patterns), no_inline kept, unused results and results forwarded from outside dropped.
// Expected output recorded from mlir-opt 22 (--canonicalize).

// CHECK: module {
// CHECK-LABEL: func.func @single_block(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: "test.effect"(%0) : (i32) -> ()
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @no_inline(%arg0: i32) -> i32 {
// CHECK-NEXT: scf.execute_region no_inline {
// CHECK-NEXT: "test.effect"() : () -> ()
// CHECK-NEXT: scf.yield
// CHECK-NEXT: }
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @multi_block(%arg0: i1, %arg1: i32, %arg2: i32) -> i32 {
// CHECK-NEXT: "test.before"() : () -> ()
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.one"() : () -> ()
// CHECK-NEXT: cf.br ^bb3(%arg1 : i32)
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: "test.two"() : () -> ()
// CHECK-NEXT: cf.br ^bb3(%arg2 : i32)
// CHECK-NEXT: ^bb3(%0: i32):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT: "test.after"(%0) : (i32) -> ()
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @dropped_and_forwarded_results(%arg0: i32, %arg1: i1) -> (i32, i32) {
// CHECK-NEXT: %0 = scf.execute_region -> i32 no_inline {
// CHECK-NEXT: %2 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: "test.effect"() : () -> ()
// CHECK-NEXT: scf.yield %2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: %1 = scf.execute_region -> i32 no_inline {
// CHECK-NEXT: cf.cond_br %arg1, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.one"() : () -> ()
// CHECK-NEXT: scf.yield %arg0 : i32
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: %2 = arith.muli %arg0, %arg0 : i32
// CHECK-NEXT: scf.yield %2 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0, %1 : i32, i32
// CHECK-NEXT: }
// CHECK-LABEL: func.func @nested_regions(%arg0: i32) -> i32 {
// CHECK-NEXT: "test.effect"() : () -> ()
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: }

func.func @single_block(%a: i32) -> i32 {
  %0 = scf.execute_region -> i32 {
    %t = arith.addi %a, %a : i32
    "test.effect"(%t) : (i32) -> ()
    scf.yield %t : i32
  }
  return %0 : i32
}

func.func @no_inline(%a: i32) -> i32 {
  %0 = scf.execute_region -> i32 no_inline {
    "test.effect"() : () -> ()
    scf.yield %a : i32
  }
  return %0 : i32
}

func.func @multi_block(%c: i1, %a: i32, %b: i32) -> i32 {
  "test.before"() : () -> ()
  %0 = scf.execute_region -> i32 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    "test.one"() : () -> ()
    scf.yield %a : i32
  ^bb2:
    "test.two"() : () -> ()
    scf.yield %b : i32
  }
  "test.after"(%0) : (i32) -> ()
  return %0 : i32
}

func.func @dropped_and_forwarded_results(%a: i32, %c: i1) -> (i32, i32) {
  %0:3 = scf.execute_region -> (i32, i32, i32) no_inline {
    %t = arith.addi %a, %a : i32
    "test.effect"() : () -> ()
    scf.yield %t, %a, %t : i32, i32, i32
  }
  %1:2 = scf.execute_region -> (i32, i32) no_inline {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    "test.one"() : () -> ()
    scf.yield %a, %a : i32, i32
  ^bb2:
    %u = arith.muli %a, %a : i32
    scf.yield %a, %u : i32, i32
  }
  return %0#0, %1#1 : i32, i32
}
func.func @nested_regions(%a: i32) -> i32 {
  %0 = scf.execute_region -> i32 {
    %x = scf.execute_region -> i32 {
      "test.effect"() : () -> ()
      scf.yield %a : i32
    }
    scf.yield %x : i32
  }
  return %0 : i32
}
