// RUN: jopt %s --mlir-print-op-generic | FileCheck %s

// The four operand groups (lower bounds, upper bounds, steps, inits) are delimited by operandSegmentSizes.

// CHECK-LABEL: "func.func"
// CHECK:         "scf.parallel"(%[[LB:arg[0-9]+]], %[[LB]], %[[UB:arg[0-9]+]], %[[UB]], %[[S:arg[0-9]+]], %[[S]]) <{operandSegmentSizes = array<i32: 2, 2, 2, 0>}> ({
// CHECK-NEXT:    ^bb0(%{{arg[0-9]+}}: index, %{{arg[0-9]+}}: index):
// CHECK-NEXT:      "scf.reduce"() : () -> ()
// CHECK-NEXT:    }) : (index, index, index, index, index, index) -> ()
// CHECK:         %{{.*}} = "scf.parallel"(%[[LB]], %[[UB]], %[[S]], %[[INIT:.*]]) <{operandSegmentSizes = array<i32: 1, 1, 1, 1>}> ({
// CHECK-NEXT:    ^bb0(%{{arg[0-9]+}}: index):
// CHECK-NEXT:      "scf.reduce"(%[[INIT]]) ({
// CHECK-NEXT:      ^bb0(%[[L:arg[0-9]+]]: f32, %{{arg[0-9]+}}: f32):
// CHECK-NEXT:        "scf.reduce.return"(%[[L]]) : (f32) -> ()
// CHECK-NEXT:      }) : (f32) -> ()
// CHECK-NEXT:    }) : (index, index, index, f32) -> f32
func.func @generic(%lb: index, %ub: index, %step: index, %init: f32) -> f32 {
  scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%step, %step) {
  }
  %r = scf.parallel (%i) = (%lb) to (%ub) step (%step) init (%init) -> f32 {
    scf.reduce(%init : f32) {
    ^bb0(%a: f32, %b: f32):
      scf.reduce.return %a : f32
    }
  }
  return %r : f32
}
