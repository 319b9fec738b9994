// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s --check-prefixes=CHECK,CUSTOM
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefixes=CHECK,GENERIC
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s --check-prefixes=CHECK,CUSTOM

// Regions in the generic form: `({...}, {...})` after the properties and
// before the attribute dictionary. An empty region prints as `{` and `}` on
// separate lines. An entry block without arguments has no label; with
// arguments (or when it is empty) it is printed as ^bb0 whatever its name in
// the input was.
//
// Block arguments are named %argN. In the custom form, sibling regions reuse
// numbers; in the generic form mlir-opt numbers every value uniquely, and
// (because of the order it visits regions in) later regions get lower
// numbers.

// CHECK: "foo.empty_region"() ({
// CHECK-NEXT: }) : () -> ()
"foo.empty_region"() ({
}) : () -> ()

// CHECK-NEXT: "foo.empty_block"() ({
// CHECK-NEXT: ^bb0:
// CHECK-NEXT: }) : () -> ()
"foo.empty_block"() ({
^bb0:
}) : () -> ()

// CHECK-NEXT: "foo.args_only"() ({
// CUSTOM-NEXT: ^bb0(%arg0: i32, %arg1: f32):
// GENERIC-NEXT: ^bb0(%arg2: i32, %arg3: f32):
// CHECK-NEXT: }) : () -> ()
"foo.args_only"() ({
^bb0(%a: i32, %b: f32):
}) : () -> ()

// Several regions, and attributes after the regions.
// CHECK-NEXT: "foo.multi"() ({
// CHECK-NEXT: "foo.a"() : () -> ()
// CHECK-NEXT: }, {
// CUSTOM-NEXT: ^bb0(%arg0: index):
// CUSTOM-NEXT: "foo.b"(%arg0) : (index) -> ()
// GENERIC-NEXT: ^bb0(%arg1: index):
// GENERIC-NEXT: "foo.b"(%arg1) : (index) -> ()
// CHECK-NEXT: }, {
// CHECK-NEXT: }) {attr = 1 : i32} : () -> ()
"foo.multi"() ({
  "foo.a"() : () -> ()
}, {
^entry(%x: index):
  "foo.b"(%x) : (index) -> ()
}, {
}) {attr = 1 : i32} : () -> ()

// Properties, regions, attributes and results together.
// CHECK-NEXT: %0 = "foo.with_result"() <{p}> ({
// CHECK-NEXT: "foo.c"() : () -> ()
// CHECK-NEXT: }) {q} : () -> i8
%0 = "foo.with_result"() <{p}> ({
  "foo.c"() : () -> ()
}) {q} : () -> i8

// Nested regions.
// CHECK-NEXT: "foo.nested"() ({
// CHECK-NEXT: "foo.level1"() ({
// CHECK-NEXT: "foo.level2"() ({
// CHECK-NEXT: ^bb0(%arg0: i1):
// CHECK-NEXT: "foo.level3"(%arg0) : (i1) -> ()
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: }) : () -> ()
"foo.nested"() ({
  "foo.level1"() ({
    "foo.level2"() ({
    ^bb0(%y: i1):
      "foo.level3"(%y) : (i1) -> ()
    }) : () -> ()
  }) : () -> ()
}) : () -> ()
