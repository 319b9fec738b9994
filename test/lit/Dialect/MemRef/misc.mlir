// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// CHECK-LABEL: func.func @misc
// CHECK-NEXT:    %intptr = memref.extract_aligned_pointer_as_index %arg0 : memref<8x4xf32> -> index
// CHECK-NEXT:    %assume_align = memref.assume_alignment %arg0, 16 : memref<8x4xf32>
// CHECK-NEXT:    %memspacecast = memref.memory_space_cast %arg0 : memref<8x4xf32> to memref<8x4xf32, 1>
// CHECK-NEXT:    %memspacecast_0 = memref.memory_space_cast %arg1 : memref<*xf32, 2> to memref<*xf32>
// CHECK-NEXT:    %reshape = memref.reshape %arg0(%arg2) : (memref<8x4xf32>, memref<2xindex>) -> memref<?x?xf32>
// CHECK-NEXT:    %reshape_1 = memref.reshape %arg1(%arg3) : (memref<*xf32, 2>, memref<?xi32>) -> memref<*xf32, 2>
func.func @misc(%m: memref<8x4xf32>, %u: memref<*xf32, 2>, %s: memref<2xindex>, %d: memref<?xi32>) {
  %p = memref.extract_aligned_pointer_as_index %m : memref<8x4xf32> -> index
  %a = memref.assume_alignment %m, 16 : memref<8x4xf32>
  %c = memref.memory_space_cast %m : memref<8x4xf32> to memref<8x4xf32, 1>
  %c2 = memref.memory_space_cast %u : memref<*xf32, 2> to memref<*xf32>
  %r = memref.reshape %m(%s) : (memref<8x4xf32>, memref<2xindex>) -> memref<?x?xf32>
  %r2 = memref.reshape %u(%d) : (memref<*xf32, 2>, memref<?xi32>) -> memref<*xf32, 2>
  return
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: %{{.*}} = "memref.extract_aligned_pointer_as_index"(%{{.*}}) : (memref<8x4xf32>) -> index
// GENERIC: %{{.*}} = "memref.assume_alignment"(%{{.*}}) <{alignment = 16 : i32}> : (memref<8x4xf32>) -> memref<8x4xf32>
// GENERIC: %{{.*}} = "memref.reshape"(%{{.*}}, %{{.*}}) : (memref<8x4xf32>, memref<2xindex>) -> memref<?x?xf32>
