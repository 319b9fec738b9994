// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Dense arrays: array<T: v0, v1, ...> and the empty array<T>.

// CHECK: "foo.ints"() {a = array<i64: 1, 2, 3>, b = array<i32>, c = array<i1: true, false>, d = array<i8: -128, 127>, e = array<i16: 16>, f = array<i64: -1>, g = array<i8: -1>, h = array<i1>} : () -> ()
"foo.ints"() {a = array<i64: 1, 2, 3>, b = array<i32>, c = array<i1: true, false>, d = array<i8: -128, 127>, e = array<i16: 0x10>, f = array<i64: -1>, g = array<i8: 255>, h = array<i1>} : () -> ()

// Signed and unsigned element types are kept.
// CHECK: "foo.signs"() {a = array<si32: -1>, b = array<ui8: 255>} : () -> ()
"foo.signs"() {a = array<si32: -1>, b = array<ui8: 255>} : () -> ()

// Float elements are printed like float attributes.
// CHECK: "foo.floats"() {a = array<f32: 1.000000e+00, -2.500000e+00>, b = array<f32>, c = array<f64: 1.000000e-01, 1.000000e+10>, d = array<f16: 1.500000e+00>, e = array<bf16: 1.000980e-01>, f = array<f32: 0x7F800000>, g = array<f32: 1.000000e+00>, h = array<f32: 0x4CEB79A3>, i = array<f8E4M3FN: 1.000000e+00>} : () -> ()
"foo.floats"() {a = array<f32: 1.0, -2.5>, b = array<f32>, c = array<f64: 0.1, 1.0e10>, d = array<f16: 1.5>, e = array<bf16: 0.1>, f = array<f32: 0x7F800000>, g = array<f32: 1.>, h = array<f32: 123456789.0>, i = array<f8E4M3FN: 1.0>} : () -> ()

// Dense arrays nest in other attributes.
// CHECK: "foo.nested"() {a = [array<i32: 1>, array<f64>], b = {c = array<i64: 7>}} : () -> ()
"foo.nested"() {a = [array<i32: 1>, array<f64>], b = {c = array<i64: 7>}} : () -> ()
