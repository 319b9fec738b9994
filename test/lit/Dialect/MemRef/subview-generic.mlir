// RUN: jopt %s --mlir-print-op-generic | FileCheck %s

// The generic form keeps the static parts in dense i64 arrays, with the dynamic marker (INT64_MIN) standing for
// each SSA value, and delimits the operand groups with operandSegmentSizes.

// CHECK-LABEL: "func.func"
// CHECK:         %{{.*}} = "memref.subview"(%[[M:arg[0-9]+]], %[[O:arg[0-9]+]]) <{operandSegmentSizes = array<i32: 1, 1, 0, 0>, static_offsets = array<i64: -9223372036854775808, 0>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 1, 1>}> : (memref<8x8xf32>, index) -> memref<2x2xf32, strided<[8, 1], offset: ?>>
// CHECK-NEXT:    %{{.*}} = "memref.subview"(%[[M]], %[[O]], %[[O]], %[[S:arg[0-9]+]], %[[T:arg[0-9]+]]) <{operandSegmentSizes = array<i32: 1, 2, 1, 1>, static_offsets = array<i64: -9223372036854775808, -9223372036854775808>, static_sizes = array<i64: -9223372036854775808, 2>, static_strides = array<i64: 1, -9223372036854775808>}> : (memref<8x8xf32>, index, index, index, index) -> memref<?x2xf32, strided<[8, ?], offset: ?>>
// CHECK-NEXT:    %{{.*}} = "memref.subview"(%[[M]]) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 4, 4>, static_strides = array<i64: 2, 2>}> : (memref<8x8xf32>) -> memref<4x4xf32, strided<[16, 2]>>
func.func @generic(%m: memref<8x8xf32>, %o: index, %s: index, %t: index) {
  %0 = memref.subview %m[%o, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1], offset: ?>>
  %1 = memref.subview %m[%o, %o] [%s, 2] [1, %t] : memref<8x8xf32> to memref<?x2xf32, strided<[8, ?], offset: ?>>
  %2 = memref.subview %m[0, 0] [4, 4] [2, 2] : memref<8x8xf32> to memref<4x4xf32, strided<[16, 2]>>
  return
}

// The generic form parses back to the custom one.
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s --check-prefix=CUSTOM
// CUSTOM: %subview = memref.subview %arg0[%arg1, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1], offset: ?>>
// CUSTOM-NEXT: %subview_0 = memref.subview %arg0[%arg1, %arg1] [%arg2, 2] [1, %arg3] : memref<8x8xf32> to memref<?x2xf32, strided<[8, ?], offset: ?>>
