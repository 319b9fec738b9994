// RUN: jopt %s --allow-unregistered-dialect --split-input-file --canonicalize=region-simplify=aggressive | FileCheck %s
// Expected output recorded from mlir-opt 22.

// CHECK: module {
// CHECK-NEXT:   func.func @merge_with_args(%arg0: i1, %arg1: i32, %arg2: i32) {
// CHECK-NEXT:     %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT:     "test.sink"(%0) : (i32) -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Identical blocks merge; operands defined outside that differ become block arguments.
func.func @merge_with_args(%c: i1, %a: i32, %b: i32) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.sink"(%a) : (i32) -> ()
  cf.br ^bb3
^bb2:
  "test.sink"(%b) : (i32) -> ()
  cf.br ^bb3
^bb3:
  return
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @no_merge(%arg0: i1, %arg1: i32) {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     "test.sink"(%arg1) : (i32) -> ()
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb2:  // pred: ^bb0
// CHECK-NEXT:     "test.other"(%arg1) : (i32) -> ()
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb3:  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
// Blocks that differ in an op do not merge.
func.func @no_merge(%c: i1, %a: i32) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.sink"(%a) : (i32) -> ()
  cf.br ^bb3
^bb2:
  "test.other"(%a) : (i32) -> ()
  cf.br ^bb3
^bb3:
  return
}

// -----

// CHECK: module {
// CHECK-NEXT:   func.func @same_value(%arg0: i1, %arg1: i32, %arg2: i32) {
// CHECK-NEXT:     cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:   ^bb1:  // pred: ^bb0
// CHECK-NEXT:     "test.sink"(%arg1) : (i32) -> ()
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb2:  // pred: ^bb0
// CHECK-NEXT:     "test.other"(%arg2) : (i32) -> ()
// CHECK-NEXT:     cf.br ^bb3
// CHECK-NEXT:   ^bb3:  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:     "test.sink"(%arg1) : (i32) -> ()
// CHECK-NEXT:     return
// CHECK-NEXT:   }
// CHECK-NEXT: }
// A block argument every predecessor passes the same value is replaced by it.
func.func @same_value(%c: i1, %a: i32, %b: i32) {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  "test.sink"(%x) : (i32) -> ()
  cf.br ^bb3(%a : i32)
^bb2:
  "test.other"(%b) : (i32) -> ()
  cf.br ^bb3(%a : i32)
^bb3(%y: i32):
  "test.sink"(%y) : (i32) -> ()
  return
}
