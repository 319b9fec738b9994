// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Strided layout attributes on their own (not only inside memref types).
// They never get an alias. A zero offset is omitted; '?' is dynamic.

// CHECK: "foo.strided"() {
// CHECK-SAME: a = strided<[1]>,
// CHECK-SAME: b = strided<[4, 1]>,
// CHECK-SAME: c = strided<[?, ?], offset: ?>,
// CHECK-SAME: d = strided<[]>,
// CHECK-SAME: e = strided<[], offset: 3>,
// CHECK-SAME: f = strided<[2], offset: -1>,
// CHECK-SAME: g = strided<[0, -1]>
// CHECK-SAME: } : () -> ()
"foo.strided"() {a = strided<[1]>, b = strided<[4, 1], offset: 0>, c = strided<[?, ?], offset: ?>, d = strided<[]>, e = strided<[], offset: 3>, f = strided<[2], offset: -1>, g = strided<[0, -1]>} : () -> ()

// Memrefs with strided layouts as operand and result types.
// CHECK: func.func @f(%arg0: memref<2x3xf32, strided<[3, 1], offset: ?>>) -> memref<2x3xf32, strided<[3, 1], offset: ?>>
func.func @f(%m: memref<2x3xf32, strided<[3, 1], offset: ?>>) -> memref<2x3xf32, strided<[3, 1], offset: ?>> {
  // CHECK-NEXT: return %arg0 : memref<2x3xf32, strided<[3, 1], offset: ?>>
  return %m : memref<2x3xf32, strided<[3, 1], offset: ?>>
}
