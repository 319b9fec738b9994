// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// With --allow-unregistered-dialect, operations of unknown dialects are kept
// as they are and printed in the generic form, with any operands, results,
// successors, properties, regions and attributes.

// CHECK: "foo.bar"() : () -> ()
"foo.bar"() : () -> ()

// Op names without a dot, with several dots, or with odd characters.
// CHECK-NEXT: "nodot"() : () -> ()
// CHECK-NEXT: "foo.bar.baz"() : () -> ()
// CHECK-NEXT: "foo.b-ar"() : () -> ()
"nodot"() : () -> ()
"foo.bar.baz"() : () -> ()
"foo.b-ar"() : () -> ()

// Values flowing between unregistered ops, with unregistered types and
// attributes.
// CHECK-NEXT: %0 = "foo.make"() {kind = #foo.kind<fast>} : () -> !foo.handle
// CHECK-NEXT: %1:2 = "foo.split"(%0) : (!foo.handle) -> (i32, !foo.part<1>)
// CHECK-NEXT: "foo.consume"(%1#1, %1#0, %0) : (!foo.part<1>, i32, !foo.handle) -> ()
%h = "foo.make"() {kind = #foo.kind<fast>} : () -> !foo.handle
%a, %b = "foo.split"(%h) : (!foo.handle) -> (i32, !foo.part<1>)
"foo.consume"(%b, %a, %h) : (!foo.part<1>, i32, !foo.handle) -> ()

// Unregistered ops mixed with registered ones, and a region terminated by an
// unregistered op. (Value numbers inside the function continue after the
// module-level values %0 and %1: numbering does not restart at func.func.)
// CHECK-LABEL: func.func @mixed(%arg0: i32) -> i32 {
// CHECK-NEXT: %2 = "foo.wrap"(%arg0) ({
// CHECK-NEXT: ^bb0(%arg1: i32):
// CHECK-NEXT: %3 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: "foo.yield"(%3) : (i32) -> ()
// CHECK-NEXT: }) : (i32) -> i32
// CHECK-NEXT: return %2 : i32
func.func @mixed(%x: i32) -> i32 {
  %0 = "foo.wrap"(%x) ({
  ^bb0(%y: i32):
    %1 = arith.addi %y, %y : i32
    "foo.yield"(%1) : (i32) -> ()
  }) : (i32) -> i32
  return %0 : i32
}
