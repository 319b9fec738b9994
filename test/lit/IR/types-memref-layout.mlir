// RUN: jopt %s | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Affine-map layouts are printed through aliases at the top of the output.
// CHECK: #[[TRANSPOSE:map[0-9]*]] = affine_map<(d0, d1) -> (d1, d0)>
// CHECK: #[[LINEAR:map[0-9]*]] = affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 + s0)>
// CHECK: #[[TILED:map[0-9]*]] = affine_map<(d0) -> (d0 floordiv 4, d0 mod 4)>

// Strided layouts: a zero offset is not printed, dynamic strides and offsets
// print as '?', and 0-D memrefs may carry an empty stride list.
// CHECK-LABEL: func.func private @strided(
// CHECK-SAME: memref<4x4xf32, strided<[4, 1]>>,
// CHECK-SAME: memref<4x4xf32, strided<[4, 1]>>,
// CHECK-SAME: memref<4x4xf32, strided<[?, 1], offset: ?>>,
// CHECK-SAME: memref<4xf32, strided<[2], offset: 5>, 2>,
// CHECK-SAME: memref<f32, strided<[]>>,
// CHECK-SAME: memref<f32, strided<[], offset: 3>>,
// CHECK-SAME: memref<?xf32, strided<[1]>>,
// CHECK-SAME: memref<?xf32, strided<[?]>>,
// CHECK-SAME: memref<2x3xf32, strided<[3, 1], offset: 2>>)
func.func private @strided(memref<4x4xf32, strided<[4, 1]>>, memref<4x4xf32, strided<[4, 1], offset: 0>>, memref<4x4xf32, strided<[?, 1], offset: ?>>, memref<4xf32, strided<[2], offset: 5>, 2>, memref<f32, strided<[]>>, memref<f32, strided<[], offset: 3>>, memref<?xf32, strided<[1], offset: 0>>, memref<?xf32, strided<[?]>>, memref<2x3xf32, strided<[3, 1], offset: 2>>)

// Affine-map layouts (aliases are numbered in order of first use); an
// identity map layout is dropped entirely.
// CHECK-LABEL: func.func private @affine(
// CHECK-SAME: memref<4x4xf32, #[[TRANSPOSE]]>,
// CHECK-SAME: memref<4x4xf32, #[[LINEAR]], 1>,
// CHECK-SAME: memref<4x4xf32>,
// CHECK-SAME: memref<8xf32, #[[TILED]]>,
// CHECK-SAME: memref<4xf32, 2>)
func.func private @affine(memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<4x4xf32, affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 + s0)>, 1>, memref<4x4xf32, affine_map<(d0, d1) -> (d0, d1)>>, memref<8xf32, affine_map<(i) -> (i floordiv 4, i mod 4)>>, memref<4xf32, affine_map<(d0) -> (d0)>, 2>)
