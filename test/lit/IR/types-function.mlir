// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Function types, nested. A single result is printed without parentheses
// unless it is itself a function type.

// CHECK: "foo.fn_types"() {
// CHECK-SAME: a = () -> ()
// CHECK-SAME: b = (i32) -> i32
// CHECK-SAME: c = (i32, f32) -> (i1, i1)
// CHECK-SAME: d = () -> (() -> ())
// CHECK-SAME: e = ((i32) -> i32) -> ((f32) -> f32)
// CHECK-SAME: f = (((i1) -> i1) -> i1) -> i1
// CHECK-SAME: g = (tuple<() -> ()>) -> memref<4xf32>
// CHECK-SAME: h = (i32) -> ((i32) -> ((i32) -> i32))
// CHECK-SAME: j = (i8) -> (i8, (i8) -> i8)
// CHECK-SAME: } : () -> ()
"foo.fn_types"() {a = () -> (), b = (i32) -> (i32), c = (i32, f32) -> (i1, i1), d = () -> (() -> ()), e = ((i32) -> i32) -> ((f32) -> f32), f = (((i1) -> i1) -> i1) -> i1, g = (tuple<() -> ()>) -> memref<4xf32>, h = (i32) -> ((i32) -> ((i32) -> i32)), j = (i8) -> (i8, (i8) -> i8)} : () -> ()

// CHECK: func.func private @takes_fns((i32) -> i32, () -> ()) -> ((f32) -> f32)
// GENERIC: "func.func"() <{function_type = ((i32) -> i32, () -> ()) -> ((f32) -> f32), sym_name = "takes_fns", sym_visibility = "private"}> ({
func.func private @takes_fns((i32) -> i32, () -> ()) -> ((f32) -> f32)

// Function-typed SSA values.
// CHECK: %0 = "foo.make_fn"() : () -> ((i32) -> i32)
// CHECK-NEXT: "foo.call_fn"(%0) : ((i32) -> i32) -> ()
// GENERIC: %0 = "foo.make_fn"() : () -> ((i32) -> i32)
// GENERIC-NEXT: "foo.call_fn"(%0) : ((i32) -> i32) -> ()
%0 = "foo.make_fn"() : () -> ((i32) -> i32)
"foo.call_fn"(%0) : ((i32) -> i32) -> ()
