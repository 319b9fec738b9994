// RUN: jopt %s --mlir-print-op-generic | FileCheck %s

// In the generic form the implicit terminator is explicit, the loop-carried values follow the three control
// operands, and the body's block header names the induction variable and the iter_args.

// CHECK-LABEL: "func.func"
// CHECK-NEXT:    ^bb0(%[[LB:arg[0-9]+]]: index, %[[UB:arg[0-9]+]]: index, %[[S:arg[0-9]+]]: index, %[[INIT:arg[0-9]+]]: f32):
// CHECK-NEXT:    "scf.for"(%[[LB]], %[[UB]], %[[S]]) ({
// CHECK-NEXT:    ^bb0(%{{arg[0-9]+}}: index):
// CHECK-NEXT:      "scf.yield"() : () -> ()
// CHECK-NEXT:    }) : (index, index, index) -> ()
// CHECK-NEXT:    %{{.*}} = "scf.for"(%[[LB]], %[[UB]], %[[S]], %[[INIT]]) ({
// CHECK-NEXT:    ^bb0(%{{arg[0-9]+}}: index, %[[ACC:arg[0-9]+]]: f32):
// CHECK-NEXT:      "scf.yield"(%[[ACC]]) : (f32) -> ()
// CHECK-NEXT:    }) {tag} : (index, index, index, f32) -> f32
func.func @loops(%lb: index, %ub: index, %step: index, %init: f32) -> f32 {
  scf.for %i = %lb to %ub step %step {
  }
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %init) -> (f32) {
    scf.yield %acc : f32
  } {tag}
  return %r : f32
}

// CHECK-LABEL: "func.func"
// CHECK-NEXT:    ^bb0(%[[X:arg[0-9]+]]: i64):
// CHECK-NEXT:    "scf.for"(%[[X]], %[[X]], %[[X]]) ({
// CHECK-NEXT:    ^bb0(%{{arg[0-9]+}}: i64):
// CHECK-NEXT:      "scf.yield"() : () -> ()
// CHECK-NEXT:    }) : (i64, i64, i64) -> ()
func.func @i64_loop(%x: i64) {
  scf.for %i = %x to %x step %x : i64 {
  }
  return
}
