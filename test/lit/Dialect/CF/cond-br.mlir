// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// cf.cond_br with operands for either successor and optional branch weights, spelled `weights([t, f])`.

// CHECK-LABEL: func.func @cond(%arg0: i1, %arg1: i32, %arg2: i64) -> i32 {
// CHECK-NEXT:  cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2(%arg1, %arg2 : i32, i64)
// CHECK-NEXT:  ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT:  cf.cond_br %arg0 weights([90, 10]), ^bb3, ^bb2(%0, %arg2 : i32, i64)
// CHECK-NEXT:  ^bb2(%1: i32, %2: i64):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:  cf.cond_br %arg0 weights([1, 2]), ^bb3, ^bb3 {my.tag}
// CHECK-NEXT:  ^bb3:  // 3 preds: ^bb1, ^bb2, ^bb2
// CHECK-NEXT:  return %arg1 : i32
// CHECK-NEXT:  }
func.func @cond(%c: i1, %a: i32, %b: i64) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2(%a, %b : i32, i64)
^bb1(%x: i32):
  cf.cond_br %c weights([90, 10]), ^bb3, ^bb2(%x, %b : i32, i64)
^bb2(%y: i32, %z: i64):
  cf.cond_br %c, ^bb3, ^bb3 {branch_weights = array<i32: 1, 2>, my.tag}
^bb3:
  return %a : i32
}
