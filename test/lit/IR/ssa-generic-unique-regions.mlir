// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s --check-prefix=CUSTOM

// Unique numbering in the generic form, for sibling regions of one op: the
// regions are numbered last to first, continuing one counter. In the custom
// form, both regions start from the same numbers.

// CHECK: %0 = "foo.def"() : () -> i32
// CHECK-NEXT: "foo.two_regions"(%0) ({
// CHECK-NEXT: ^bb0(%arg1: i32):
// CHECK-NEXT: %3 = "foo.in_first"(%arg1, %0) : (i32, i32) -> i32
// CHECK-NEXT: "foo.yield"(%3) : (i32) -> ()
// CHECK-NEXT: }, {
// CHECK-NEXT: ^bb0(%arg0: i32):
// CHECK-NEXT: %1 = "foo.in_second"(%arg0) : (i32) -> i32
// CHECK-NEXT: %2 = "foo.in_second"(%1) : (i32) -> i32
// CHECK-NEXT: "foo.yield"(%2) : (i32) -> ()
// CHECK-NEXT: }) : (i32) -> ()

// CUSTOM: %0 = "foo.def"() : () -> i32
// CUSTOM-NEXT: "foo.two_regions"(%0) ({
// CUSTOM-NEXT: ^bb0(%arg0: i32):
// CUSTOM-NEXT: %1 = "foo.in_first"(%arg0, %0) : (i32, i32) -> i32
// CUSTOM-NEXT: "foo.yield"(%1) : (i32) -> ()
// CUSTOM-NEXT: }, {
// CUSTOM-NEXT: ^bb0(%arg0: i32):
// CUSTOM-NEXT: %1 = "foo.in_second"(%arg0) : (i32) -> i32
// CUSTOM-NEXT: %2 = "foo.in_second"(%1) : (i32) -> i32
// CUSTOM-NEXT: "foo.yield"(%2) : (i32) -> ()
// CUSTOM-NEXT: }) : (i32) -> ()
%d = "foo.def"() : () -> i32
"foo.two_regions"(%d) ({
^bb0(%a: i32):
  %r = "foo.in_first"(%a, %d) : (i32, i32) -> i32
  "foo.yield"(%r) : (i32) -> ()
}, {
^bb0(%b: i32):
  %s = "foo.in_second"(%b) : (i32) -> i32
  %t = "foo.in_second"(%s) : (i32) -> i32
  "foo.yield"(%t) : (i32) -> ()
}) : (i32) -> ()
