// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s

// Sibling regions reuse value numbers and nested loops number their block arguments after their parents'.

// CHECK-LABEL: func.func @nest
// CHECK-NEXT:    %[[C0:.*]] = arith.constant 0 : index
// CHECK-NEXT:    scf.for %arg2 = %[[C0]] to %arg0 step %arg1 {
// CHECK-NEXT:      scf.for %arg3 = %arg2 to %arg0 step %arg1 {
// CHECK-NEXT:        %{{.*}} = scf.while (%arg4 = %arg3) : (index) -> index {
// CHECK-NEXT:          %[[CMP:.*]] = arith.cmpi slt, %arg4, %arg0 : index
// CHECK-NEXT:          scf.condition(%[[CMP]]) %arg4 : index
// CHECK-NEXT:        } do {
// CHECK-NEXT:        ^bb0(%arg4: index):
// CHECK-NEXT:          scf.yield %arg4 : index
// CHECK-NEXT:        }
// CHECK-NEXT:      }
// CHECK-NEXT:      scf.parallel (%arg3) = (%arg2) to (%arg0) step (%arg1) {
// CHECK-NEXT:        scf.reduce
// CHECK-NEXT:      }
// CHECK-NEXT:    }
func.func @nest(%n: index, %s: index) {
  %c0 = arith.constant 0 : index
  scf.for %i = %c0 to %n step %s {
    scf.for %j = %i to %n step %s {
      %w = scf.while (%a = %j) : (index) -> index {
        %cmp = arith.cmpi slt, %a, %n : index
        scf.condition(%cmp) %a : index
      } do {
      ^bb0(%b: index):
        scf.yield %b : index
      }
    }
    scf.parallel (%k) = (%i) to (%n) step (%s) {
    }
  }
  return
}
