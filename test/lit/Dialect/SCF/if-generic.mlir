// RUN: jopt %s --mlir-print-op-generic | FileCheck %s

// Both regions always exist in the generic form; a missing else is an empty region.

// CHECK-LABEL: "func.func"
// CHECK-NEXT:    ^bb0(%[[C:arg[0-9]+]]: i1, %[[X:arg[0-9]+]]: i32):
// CHECK-NEXT:    "scf.if"(%[[C]]) ({
// CHECK-NEXT:      "scf.yield"() : () -> ()
// CHECK-NEXT:    }, {
// CHECK-NEXT:    }) : (i1) -> ()
// CHECK-NEXT:    %{{.*}} = "scf.if"(%[[C]]) ({
// CHECK-NEXT:      "scf.yield"(%[[X]]) : (i32) -> ()
// CHECK-NEXT:    }, {
// CHECK-NEXT:      "scf.yield"(%[[X]]) : (i32) -> ()
// CHECK-NEXT:    }) : (i1) -> i32
func.func @generic(%c: i1, %x: i32) -> i32 {
  scf.if %c {
  }
  %r = scf.if %c -> (i32) {
    scf.yield %x : i32
  } else {
    scf.yield %x : i32
  }
  return %r : i32
}
