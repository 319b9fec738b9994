// RUN: jopt %s --allow-unregistered-dialect --canonicalize | FileCheck %s
// memref.cast folding: accesses, copies and deallocs read through casts of ranked memrefs (not of unranked ones),
// casts of casts collapse; memref.dim and memref.rank fold to static sizes, alloc sizes and ranks.
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func @fold_into_access
// CHECK-NEXT: %0 = memref.load %arg0[%arg1] : memref<4xf32>
// CHECK-NEXT: memref.store %arg2, %arg0[%arg1] : memref<4xf32>
// CHECK-NEXT: return %0 : f32
// CHECK-LABEL: func.func @cast_of_cast
// CHECK-NEXT: %cast = memref.cast %arg0 : memref<4xf32> to memref<*xf32>
// CHECK-NEXT: return %cast : memref<*xf32>
// CHECK-LABEL: func.func @from_unranked
// CHECK-NEXT: %cast = memref.cast %arg0 : memref<*xf32> to memref<?xf32>
// CHECK-NEXT: %0 = memref.load %cast[%arg1] : memref<?xf32>
// CHECK-NEXT: return %0 : f32
// CHECK-LABEL: func.func @copy_dealloc
// CHECK-NEXT: memref.copy %arg0, %arg1 : memref<8xf32> to memref<8xf32>
// CHECK-NEXT: %alloc = memref.alloc() : memref<8xf32>
// CHECK-NEXT: %cast = memref.cast %alloc : memref<8xf32> to memref<?xf32>
// CHECK-NEXT: "test.use"(%cast) : (memref<?xf32>) -> ()
// CHECK-NEXT: memref.dealloc %alloc : memref<8xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @dims
// CHECK-NEXT: %c2 = arith.constant 2 : index
// CHECK-NEXT: %c4 = arith.constant 4 : index
// CHECK-NEXT: %alloc = memref.alloc(%arg0) : memref<4x?xf32>
// CHECK-NEXT: "test.use"(%alloc) : (memref<4x?xf32>) -> ()
// CHECK-NEXT: return %c4, %arg0, %c2 : index, index, index

func.func @fold_into_access(%m: memref<4xf32>, %i: index, %v: f32) -> f32 {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %0 = memref.load %c[%i] : memref<?xf32>
  memref.store %v, %c[%i] : memref<?xf32>
  return %0 : f32
}
func.func @cast_of_cast(%m: memref<4xf32>) -> memref<*xf32> {
  %c = memref.cast %m : memref<4xf32> to memref<?xf32>
  %u = memref.cast %c : memref<?xf32> to memref<*xf32>
  return %u : memref<*xf32>
}
func.func @from_unranked(%u: memref<*xf32>, %i: index) -> f32 {
  %c = memref.cast %u : memref<*xf32> to memref<?xf32>
  %0 = memref.load %c[%i] : memref<?xf32>
  return %0 : f32
}
func.func @copy_dealloc(%a: memref<8xf32>, %b: memref<8xf32>) {
  %c = memref.cast %a : memref<8xf32> to memref<?xf32>
  %d = memref.cast %b : memref<8xf32> to memref<?xf32>
  memref.copy %c, %d : memref<?xf32> to memref<?xf32>
  %e = memref.alloc() : memref<8xf32>
  %f = memref.cast %e : memref<8xf32> to memref<?xf32>
  "test.use"(%f) : (memref<?xf32>) -> ()
  memref.dealloc %f : memref<?xf32>
  return
}
func.func @dims(%n: index) -> (index, index, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %m = memref.alloc(%n) : memref<4x?xf32>
  %0 = memref.dim %m, %c0 : memref<4x?xf32>
  %1 = memref.dim %m, %c1 : memref<4x?xf32>
  %2 = memref.rank %m : memref<4x?xf32>
  "test.use"(%m) : (memref<4x?xf32>) -> ()
  return %0, %1, %2 : index, index, index
}
