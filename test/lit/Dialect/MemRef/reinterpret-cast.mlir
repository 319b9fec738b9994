// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// CHECK-LABEL: func.func @reinterpret
// CHECK-NEXT:    %reinterpret_cast = memref.reinterpret_cast %arg0 to offset: [0], sizes: [64], strides: [1] : memref<8x8xf32> to memref<64xf32>
// CHECK-NEXT:    %reinterpret_cast_0 = memref.reinterpret_cast %arg0 to offset: [%arg1], sizes: [%arg2, 4], strides: [4, 1] : memref<8x8xf32> to memref<?x4xf32, strided<[4, 1], offset: ?>>
// CHECK-NEXT:    %reinterpret_cast_1 = memref.reinterpret_cast %arg3 to offset: [2], sizes: [2, 3], strides: [%arg2, 1] {tag} : memref<*xi32> to memref<2x3xi32, strided<[?, 1], offset: 2>>
func.func @reinterpret(%m: memref<8x8xf32>, %o: index, %s: index, %u: memref<*xi32>) {
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [64], strides: [1] : memref<8x8xf32> to memref<64xf32>
  %1 = memref.reinterpret_cast %m to offset: [%o], sizes: [%s, 4], strides: [4, 1] : memref<8x8xf32> to memref<?x4xf32, strided<[4, 1], offset: ?>>
  %2 = memref.reinterpret_cast %u to offset: [2], sizes: [2, 3], strides: [%s, 1] {tag} : memref<*xi32> to memref<2x3xi32, strided<[?, 1], offset: 2>>
  return
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: %{{.*}} = "memref.reinterpret_cast"(%{{.*}}) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0>, static_sizes = array<i64: 64>, static_strides = array<i64: 1>}> : (memref<8x8xf32>) -> memref<64xf32>
// GENERIC: %{{.*}} = "memref.reinterpret_cast"(%{{.*}}, %{{.*}}, %{{.*}}) <{operandSegmentSizes = array<i32: 1, 1, 1, 0>, static_offsets = array<i64: -9223372036854775808>, static_sizes = array<i64: -9223372036854775808, 4>, static_strides = array<i64: 4, 1>}> : (memref<8x8xf32>, index, index) -> memref<?x4xf32, strided<[4, 1], offset: ?>>
