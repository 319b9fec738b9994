// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// expand_shape spells the output shape (MLIR 22 syntax); strided sources give strided results.

// CHECK-LABEL: func.func @reshapes
// CHECK-NEXT:    %expand_shape = memref.expand_shape %arg0 {{\[}}[0, 1]] output_shape [8, 8] : memref<64xf32> into memref<8x8xf32>
// CHECK-NEXT:    %expand_shape_0 = memref.expand_shape %arg1 {{\[}}[0, 1], [2]] output_shape [%arg2, 4, 3] : memref<?x3xf32> into memref<?x4x3xf32>
// CHECK-NEXT:    %collapse_shape = memref.collapse_shape %expand_shape {{\[}}[0, 1]] : memref<8x8xf32> into memref<64xf32>
// CHECK-NEXT:    %collapse_shape_1 = memref.collapse_shape %arg3 {{\[}}[0], [1, 2]] : memref<2x4x8xf32, strided<[64, 8, 1], offset: ?>> into memref<2x32xf32, strided<[64, 1], offset: ?>>
// CHECK-NEXT:    %expand_shape_2 = memref.expand_shape %arg4 {{\[}}[0, 1]] output_shape [4, 4] : memref<16xf32, strided<[2]>> into memref<4x4xf32, strided<[8, 2]>>
// CHECK-NEXT:    %collapse_shape_3 = memref.collapse_shape %arg5 [] : memref<1x1xf32> into memref<f32>
func.func @reshapes(%a: memref<64xf32>, %b: memref<?x3xf32>, %d: index,
                    %s: memref<2x4x8xf32, strided<[64, 8, 1], offset: ?>>, %t: memref<16xf32, strided<[2]>>,
                    %u: memref<1x1xf32>) {
  %0 = memref.expand_shape %a [[0, 1]] output_shape [8, 8] : memref<64xf32> into memref<8x8xf32>
  %1 = memref.expand_shape %b [[0, 1], [2]] output_shape [%d, 4, 3] : memref<?x3xf32> into memref<?x4x3xf32>
  %2 = memref.collapse_shape %0 [[0, 1]] : memref<8x8xf32> into memref<64xf32>
  %3 = memref.collapse_shape %s [[0], [1, 2]] : memref<2x4x8xf32, strided<[64, 8, 1], offset: ?>> into memref<2x32xf32, strided<[64, 1], offset: ?>>
  %4 = memref.expand_shape %t [[0, 1]] output_shape [4, 4] : memref<16xf32, strided<[2]>> into memref<4x4xf32, strided<[8, 2]>>
  %5 = memref.collapse_shape %u [] : memref<1x1xf32> into memref<f32>
  return
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: %{{.*}} = "memref.expand_shape"(%{{.*}}) <{reassociation = {{\[}}[0, 1]], static_output_shape = array<i64: 8, 8>}> : (memref<64xf32>) -> memref<8x8xf32>
// GENERIC: %{{.*}} = "memref.expand_shape"(%{{.*}}, %{{.*}}) <{reassociation = {{\[}}[0, 1], [2]], static_output_shape = array<i64: -9223372036854775808, 4, 3>}> : (memref<?x3xf32>, index) -> memref<?x4x3xf32>
// GENERIC: %{{.*}} = "memref.collapse_shape"(%{{.*}}) <{reassociation = {{\[}}[0, 1]]}> : (memref<8x8xf32>) -> memref<64xf32>
