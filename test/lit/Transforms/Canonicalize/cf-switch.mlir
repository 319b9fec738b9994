// RUN: jopt %s --allow-unregistered-dialect --canonicalize | FileCheck %s
// cf.switch canonicalization: only a default, cases matching the default, constant flags, pass-through
// successors, and switches on a flag a preceding switch decided.
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func @only_default
// CHECK-NEXT: return %arg1 : i32
// CHECK-LABEL: func.func @drop_matching
// CHECK-NEXT: cf.switch %arg0 : i32, [
// CHECK-NEXT:   default: ^bb1(%arg1 : i32),
// CHECK-NEXT:   20: ^bb2(%arg2 : i32),
// CHECK-NEXT:   30: ^bb1(%arg2 : i32)
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT: "test.a"(%0) : (i32) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb2(%1: i32):  // pred: ^bb0
// CHECK-NEXT: "test.b"(%1) : (i32) -> ()
// CHECK-NEXT: return
// CHECK-LABEL: func.func @const_flag
// CHECK-NEXT: "test.b"(%arg1) : (i32) -> ()
// CHECK-NEXT: return
// CHECK-LABEL: func.func @pass_through
// CHECK-NEXT: "test.c"(%arg1) : (i32) -> ()
// CHECK-NEXT: return
// CHECK-LABEL: func.func @same_flag
// CHECK-NEXT: cf.switch %arg0 : i32, [
// CHECK-NEXT:   default: ^bb1,
// CHECK-NEXT:   5: ^bb2,
// CHECK-NEXT:   6: ^bb3
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.d"() : () -> ()
// CHECK-NEXT: cf.switch %arg0 : i32, [
// CHECK-NEXT:   default: ^bb4,
// CHECK-NEXT:   7: ^bb5
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: "test.e"() : () -> ()
// CHECK-NEXT: "test.h"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb3:  // pred: ^bb0
// CHECK-NEXT: "test.f"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb4:  // pred: ^bb1
// CHECK-NEXT: "test.g"() : () -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb5:  // pred: ^bb1
// CHECK-NEXT: "test.i"() : () -> ()
// CHECK-NEXT: return

func.func @only_default(%f: i32, %a: i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1(%a : i32)
  ]
^bb1(%x: i32):
  return %x : i32
}

func.func @drop_matching(%f: i32, %a: i32, %b: i32) {
  cf.switch %f : i32, [
    default: ^bb1(%a : i32),
    10: ^bb1(%a : i32),
    20: ^bb2(%b : i32),
    30: ^bb1(%b : i32)
  ]
^bb1(%x: i32):
  "test.a"(%x) : (i32) -> ()
  return
^bb2(%y: i32):
  "test.b"(%y) : (i32) -> ()
  return
}

func.func @const_flag(%a: i32, %b: i32) {
  %c = arith.constant -2 : i32
  cf.switch %c : i32, [
    default: ^bb1(%a : i32),
    -2: ^bb2(%b : i32)
  ]
^bb1(%x: i32):
  "test.a"(%x) : (i32) -> ()
  return
^bb2(%y: i32):
  "test.b"(%y) : (i32) -> ()
  return
}

func.func @pass_through(%f: i8, %a: i32) {
  cf.switch %f : i8, [
    default: ^bb1,
    1: ^bb2(%a : i32)
  ]
^bb1:
  cf.br ^bb3(%a : i32)
^bb2(%z: i32):
  cf.br ^bb3(%z : i32)
^bb3(%w: i32):
  "test.c"(%w) : (i32) -> ()
  return
}

func.func @same_flag(%f: i32, %a: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    5: ^bb2,
    6: ^bb3
  ]
^bb1:
  "test.d"() : () -> ()
  cf.switch %f : i32, [
    default: ^bb4,
    5: ^bb5,
    7: ^bb6
  ]
^bb2:
  "test.e"() : () -> ()
  cf.switch %f : i32, [
    default: ^bb4,
    5: ^bb5,
    6: ^bb6
  ]
^bb3:
  "test.f"() : () -> ()
  return
^bb4:
  "test.g"() : () -> ()
  return
^bb5:
  "test.h"() : () -> ()
  return
^bb6:
  "test.i"() : () -> ()
  return
}
