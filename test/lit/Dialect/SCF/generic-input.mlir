// RUN: jopt %s | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// Ops written in the generic form print in their custom form, and the generic form is a fixed point.

// CHECK-LABEL: func.func @from_generic
// CHECK-NEXT:    %[[R:.*]] = scf.for %arg2 = %arg0 to %arg0 step %arg0 iter_args(%arg3 = %arg1) -> (f32) {
// CHECK-NEXT:      %[[C:.*]] = arith.cmpi slt, %arg2, %arg0 : index
// CHECK-NEXT:      %[[S:.*]] = scf.if %[[C]] -> (f32) {
// CHECK-NEXT:        scf.yield %arg3 : f32
// CHECK-NEXT:      } else {
// CHECK-NEXT:        scf.yield %arg1 : f32
// CHECK-NEXT:      }
// CHECK-NEXT:      scf.yield %[[S]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]] : f32

// GENERIC:         %{{.*}} = "scf.for"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) ({
// GENERIC-NEXT:    ^bb0(%{{.*}}: index, %{{.*}}: f32):
// GENERIC-NEXT:      %{{.*}} = "arith.cmpi"(%{{.*}}, %{{.*}}) <{predicate = 2 : i64}> : (index, index) -> i1
// GENERIC-NEXT:      %{{.*}} = "scf.if"(%{{.*}}) ({
// GENERIC-NEXT:        "scf.yield"(%{{.*}}) : (f32) -> ()
// GENERIC-NEXT:      }, {
// GENERIC-NEXT:        "scf.yield"(%{{.*}}) : (f32) -> ()
// GENERIC-NEXT:      }) : (i1) -> f32
// GENERIC-NEXT:      "scf.yield"(%{{.*}}) : (f32) -> ()
// GENERIC-NEXT:    }) : (index, index, index, f32) -> f32
"func.func"() <{function_type = (index, f32) -> f32, sym_name = "from_generic"}> ({
^bb0(%x: index, %f: f32):
  %r = "scf.for"(%x, %x, %x, %f) ({
  ^bb0(%i: index, %acc: f32):
    %c = "arith.cmpi"(%i, %x) <{predicate = 2 : i64}> : (index, index) -> i1
    %s = "scf.if"(%c) ({
      "scf.yield"(%acc) : (f32) -> ()
    }, {
      "scf.yield"(%f) : (f32) -> ()
    }) : (i1) -> f32
    "scf.yield"(%s) : (f32) -> ()
  }) : (index, index, index, f32) -> f32
  "func.return"(%r) : (f32) -> ()
}) : () -> ()
