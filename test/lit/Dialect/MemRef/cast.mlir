// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// CHECK-LABEL: func.func @casts
// CHECK-NEXT:    %cast = memref.cast %arg0 : memref<8x8xf32> to memref<?x?xf32>
// CHECK-NEXT:    %cast_0 = memref.cast %cast : memref<?x?xf32> to memref<8x?xf32>
// CHECK-NEXT:    %cast_1 = memref.cast %arg0 : memref<8x8xf32> to memref<*xf32>
// CHECK-NEXT:    %cast_2 = memref.cast %cast_1 : memref<*xf32> to memref<4x16xf32>
// CHECK-NEXT:    %cast_3 = memref.cast %arg1 : memref<4xf32, strided<[2], offset: 3>> to memref<4xf32, strided<[?], offset: ?>>
// CHECK-NEXT:    %cast_4 = memref.cast %arg0 : memref<8x8xf32> to memref<8x8xf32, strided<[?, 1]>>
func.func @casts(%m: memref<8x8xf32>, %s: memref<4xf32, strided<[2], offset: 3>>) {
  %0 = memref.cast %m : memref<8x8xf32> to memref<?x?xf32>
  %1 = memref.cast %0 : memref<?x?xf32> to memref<8x?xf32>
  %2 = memref.cast %m : memref<8x8xf32> to memref<*xf32>
  %3 = memref.cast %2 : memref<*xf32> to memref<4x16xf32>
  %4 = memref.cast %s : memref<4xf32, strided<[2], offset: 3>> to memref<4xf32, strided<[?], offset: ?>>
  %5 = memref.cast %m : memref<8x8xf32> to memref<8x8xf32, strided<[?, 1]>>
  return
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: %{{.*}} = "memref.cast"(%{{.*}}) : (memref<8x8xf32>) -> memref<?x?xf32>
