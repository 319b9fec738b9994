// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Multiple results. Whatever result groups the input used, the printer
// names all results of an op with one `%N:count` and refers to them as
// `%N#i`; a single result is plain `%N` and `%N#0` uses become `%N`.

// CHECK: %0:3 = "foo.grouped"() : () -> (i1, i2, i3)
// CHECK-NEXT: "foo.use"(%0#0, %0#1, %0#2) : (i1, i2, i3) -> ()
%a:2, %b = "foo.grouped"() : () -> (i1, i2, i3)
"foo.use"(%a#0, %a#1, %b) : (i1, i2, i3) -> ()

// CHECK-NEXT: %1:2 = "foo.pair"() : () -> (f32, f64)
// CHECK-NEXT: "foo.use"(%1#1, %1#0) : (f64, f32) -> ()
%c, %d = "foo.pair"() : () -> (f32, f64)
"foo.use"(%d, %c) : (f64, f32) -> ()

// CHECK-NEXT: %2 = "foo.one"() : () -> index
// CHECK-NEXT: "foo.use"(%2, %2) : (index, index) -> ()
%e:1 = "foo.one"() : () -> index
"foo.use"(%e#0, %e) : (index, index) -> ()

// A bare name of a multi-result op refers to its first result.
// CHECK-NEXT: %3:2 = "foo.x"() : () -> (i1, i1)
// CHECK-NEXT: "foo.use"(%3#0, %3#1) : (i1, i1) -> ()
%x:2 = "foo.x"() : () -> (i1, i1)
"foo.use"(%x, %x#1) : (i1, i1) -> ()

// Results of an op without a name in the input are named all the same.
// CHECK-NEXT: %4 = "foo.unnamed"() : () -> i1
// CHECK-NEXT: %5:2 = "foo.unnamed"() : () -> (i8, i8)
"foo.unnamed"() : () -> (i1)
"foo.unnamed"() : () -> (i8, i8)
