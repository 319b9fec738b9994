// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Values may be used before their definition in graph regions: the region
// of builtin.module, and regions of unregistered ops (whose semantics are
// unknown, so dominance is not checked). Forward references to blocks are
// allowed everywhere.

// In the module region.
// CHECK: "foo.use"(%0) : (i32) -> ()
// CHECK-NEXT: %0 = "foo.def"() : () -> i32
"foo.use"(%later) : (i32) -> ()
%later = "foo.def"() : () -> i32

// Mutual and self references in the region of an unregistered op.
// CHECK-NEXT: "foo.graph"() ({
// CHECK-NEXT: %1 = "foo.add"(%2, %2) : (i32, i32) -> i32
// CHECK-NEXT: %2 = "foo.add"(%1, %1) : (i32, i32) -> i32
// CHECK-NEXT: "foo.self"(%3) : (i32) -> ()
// CHECK-NEXT: %3 = "foo.selfdef"(%3) : (i32) -> i32
// CHECK-NEXT: }) : () -> ()
"foo.graph"() ({
  %a = "foo.add"(%b, %b) : (i32, i32) -> i32
  %b = "foo.add"(%a, %a) : (i32, i32) -> i32
  "foo.self"(%s) : (i32) -> ()
  %s = "foo.selfdef"(%s) : (i32) -> i32
}) : () -> ()

// In the generic form the function body (the last region) is numbered
// before the region of foo.graph.
// GENERIC: "foo.use"(%0) : (i32) -> ()
// GENERIC-NEXT: %0 = "foo.def"() : () -> i32
// GENERIC-NEXT: "foo.graph"() ({
// GENERIC-NEXT: %2 = "foo.add"(%3, %3) : (i32, i32) -> i32
// GENERIC-NEXT: %3 = "foo.add"(%2, %2) : (i32, i32) -> i32
// GENERIC-NEXT: "foo.self"(%4) : (i32) -> ()
// GENERIC-NEXT: %4 = "foo.selfdef"(%4) : (i32) -> i32
// GENERIC: %1 = "foo.def"() : () -> i32

// A value defined in a later block, used through a forward block reference
// in an SSA-dominance region (the use is in a block the definition
// dominates). Numbers continue after the module-level value %0.
// CHECK-LABEL: func.func @blocks(%arg0: i1) -> i32 {
// CHECK-NEXT: cf.br ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb2
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: %1 = "foo.def"() : () -> i32
// CHECK-NEXT: cf.br ^bb1
func.func @blocks(%c: i1) -> i32 {
  cf.br ^def
^use:
  return %v : i32
^def:
  %v = "foo.def"() : () -> i32
  cf.br ^use
}
