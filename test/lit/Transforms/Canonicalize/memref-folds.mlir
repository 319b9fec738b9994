// RUN: jopt %s --allow-unregistered-dialect --canonicalize | FileCheck %s
// memref canonicalization: dead allocations (only stored into and freed), copies onto themselves, alloca_scope
// inlining where no allocation's lifetime grows.
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func @dead_alloc
// CHECK-NEXT: return
// CHECK-LABEL: func.func @live_alloc
// CHECK-NEXT: %alloc = memref.alloc() : memref<4xf32>
// CHECK-NEXT: memref.store %arg0, %alloc[%arg1] : memref<4xf32>
// CHECK-NEXT: %0 = memref.load %alloc[%arg1] : memref<4xf32>
// CHECK-NEXT: memref.dealloc %alloc : memref<4xf32>
// CHECK-NEXT: return %0 : f32
// CHECK-LABEL: func.func @escaping_alloc
// CHECK-NEXT: %alloc = memref.alloc() : memref<4xf32>
// CHECK-NEXT: memref.store %alloc, %arg1[%arg0] : memref<1xmemref<4xf32>>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @self_copy
// CHECK-NEXT: memref.copy %arg0, %arg1 : memref<8xf32> to memref<8xf32>
// CHECK-NEXT: return
// CHECK-LABEL: func.func @scopes
// CHECK-NEXT: %0 = arith.addf %arg0, %arg0 : f32
// CHECK-NEXT: memref.alloca_scope  {
// CHECK-NEXT:   %alloca_0 = memref.alloca() : memref<4xf32>
// CHECK-NEXT:   memref.store %0, %alloca_0[%arg1] : memref<4xf32>
// CHECK-NEXT:   "test.use"(%alloca_0) : (memref<4xf32>) -> ()
// CHECK-NEXT: }
// CHECK-NEXT: %alloca = memref.alloca() : memref<4xf32>
// CHECK-NEXT: "test.use"(%alloca) : (memref<4xf32>) -> ()
// CHECK-NEXT: return %0 : f32

func.func @dead_alloc(%v: f32, %i: index) {
  %m = memref.alloc() : memref<4xf32>
  memref.store %v, %m[%i] : memref<4xf32>
  memref.dealloc %m : memref<4xf32>
  %s = memref.alloca() : memref<2xf32>
  memref.store %v, %s[%i] : memref<2xf32>
  return
}

func.func @live_alloc(%v: f32, %i: index) -> f32 {
  %m = memref.alloc() : memref<4xf32>
  memref.store %v, %m[%i] : memref<4xf32>
  %r = memref.load %m[%i] : memref<4xf32>
  memref.dealloc %m : memref<4xf32>
  return %r : f32
}

func.func @escaping_alloc(%i: index, %out: memref<1xmemref<4xf32>>) {
  %m = memref.alloc() : memref<4xf32>
  memref.store %m, %out[%i] : memref<1xmemref<4xf32>>
  return
}

func.func @self_copy(%a: memref<8xf32>, %b: memref<8xf32>) {
  memref.copy %a, %a : memref<8xf32> to memref<8xf32>
  memref.copy %a, %b : memref<8xf32> to memref<8xf32>
  return
}

func.func @scopes(%v: f32, %i: index) -> f32 {
  %r = memref.alloca_scope -> (f32) {
    %w = arith.addf %v, %v : f32
    memref.alloca_scope.return %w : f32
  }
  memref.alloca_scope {
    %s = memref.alloca() : memref<4xf32>
    memref.store %r, %s[%i] : memref<4xf32>
    "test.use"(%s) : (memref<4xf32>) -> ()
  }
  memref.alloca_scope {
    %s = memref.alloca() : memref<4xf32>
    "test.use"(%s) : (memref<4xf32>) -> ()
  }
  return %r : f32
}
