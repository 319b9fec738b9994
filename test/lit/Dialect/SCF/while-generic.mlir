// RUN: jopt %s --mlir-print-op-generic | FileCheck %s

// CHECK-LABEL: "func.func"
// CHECK-NEXT:    ^bb0(%[[INIT:arg[0-9]+]]: i32, %[[C:arg[0-9]+]]: i1):
// CHECK-NEXT:    %{{.*}} = "scf.while"(%[[INIT]]) ({
// CHECK-NEXT:    ^bb0(%[[A:arg[0-9]+]]: i32):
// CHECK-NEXT:      "scf.condition"(%[[C]], %[[A]]) : (i1, i32) -> ()
// CHECK-NEXT:    }, {
// CHECK-NEXT:    ^bb0(%[[B:arg[0-9]+]]: i32):
// CHECK-NEXT:      "scf.yield"(%[[B]]) : (i32) -> ()
// CHECK-NEXT:    }) : (i32) -> i32
func.func @generic(%init: i32, %c: i1) -> i32 {
  %res = scf.while (%a = %init) : (i32) -> i32 {
    scf.condition(%c) %a : i32
  } do {
  ^bb0(%b: i32):
    scf.yield %b : i32
  }
  return %res : i32
}
