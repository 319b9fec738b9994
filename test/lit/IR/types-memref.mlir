// RUN: jopt %s | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Ranked memrefs with and without memory spaces.
// An integer memory space 0 is the default one and is not printed; an i64
// memory space is printed without its type, other integer types keep it.
// CHECK-LABEL: func.func private @spaces(
// CHECK-SAME: memref<4xf32>, memref<?x?xf32>, memref<f32>, memref<0xi8>,
// CHECK-SAME: memref<4x?x8xf32, 1>, memref<4xf32, "shared">, memref<2xf32, {a = 1 : i64}>,
// CHECK-SAME: memref<4xf32>, memref<4xf32, 1 : i32>, memref<4xf32, 7>)
func.func private @spaces(memref<4xf32>, memref<?x?xf32>, memref<f32>, memref<0xi8>, memref<4x?x8xf32, 1>, memref<4xf32, "shared">, memref<2xf32, {a = 1}>, memref<4xf32, 0>, memref<4xf32, 1 : i32>, memref<4xf32, 7 : i64>)

// Element types a memref accepts.
// CHECK-LABEL: func.func private @elements(memref<2xindex>, memref<2xcomplex<f32>>, memref<2xvector<4xf32>>, memref<2xmemref<2xf32>>, memref<2xi1>, memref<2xf8E5M2>)
func.func private @elements(memref<2xindex>, memref<2xcomplex<f32>>, memref<2xvector<4xf32>>, memref<2xmemref<2xf32>>, memref<2xi1>, memref<2xf8E5M2>)

// Unranked memrefs, with and without memory space.
// CHECK-LABEL: func.func private @unranked(memref<*xf32>, memref<*xi8, 3>, memref<*xf32>, memref<*xf16, "global">)
func.func private @unranked(memref<*xf32>, memref<*xi8, 3>, memref<*xf32, 0>, memref<*xf16, "global">)
