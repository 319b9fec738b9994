// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Types used as attribute values.
// CHECK: "foo.types"() {
// CHECK-SAME: a = i32,
// CHECK-SAME: b = tensor<4xf32>,
// CHECK-SAME: c = () -> (),
// CHECK-SAME: d = !foo.t,
// CHECK-SAME: e = [i1, index, none],
// CHECK-SAME: f = memref<?xf32, strided<[?], offset: ?>>,
// CHECK-SAME: g = vector<[4]xf16>,
// CHECK-SAME: h = complex<f32>,
// CHECK-SAME: i = tuple<i32, f32>,
// CHECK-SAME: j = f8E4M3FN,
// CHECK-SAME: k = (i32) -> i32
// CHECK-SAME: } : () -> ()
"foo.types"() {a = i32, b = tensor<4xf32>, c = () -> (), d = !foo.t, e = [i1, index, none], f = memref<?xf32, strided<[?], offset: ?>>, g = vector<[4]xf16>, h = complex<f32>, i = tuple<i32, f32>, j = f8E4M3FN, k = (i32) -> (i32)} : () -> ()

// Type attributes in the function_type property of func.func.
// CHECK: func.func private @decl(i32) -> f32
func.func private @decl(i32) -> f32
