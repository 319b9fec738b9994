// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The loaded and stored type is the memref's element type; nontemporal = false is the default and is left out.

// CHECK-LABEL: func.func @load_store
// CHECK-NEXT:    %[[A:.*]] = memref.load %arg0[%arg1, %arg1] : memref<8x8xf32>
// CHECK-NEXT:    %[[B:.*]] = memref.load %arg0[%arg1, %arg1] {nontemporal = true} : memref<8x8xf32>
// CHECK-NEXT:    %{{.*}} = memref.load %arg0[%arg1, %arg1] : memref<8x8xf32>
// CHECK-NEXT:    %{{.*}} = memref.load %arg2[] : memref<i32>
// CHECK-NEXT:    memref.store %[[A]], %arg0[%arg1, %arg1] : memref<8x8xf32>
// CHECK-NEXT:    memref.store %[[B]], %arg0[%arg1, %arg1] {nontemporal = true} : memref<8x8xf32>
// CHECK-NEXT:    %{{.*}} = memref.load %arg3[%arg1] {alignment = 16 : i64} : memref<?xvector<4xf32>>
func.func @load_store(%m: memref<8x8xf32>, %i: index, %s: memref<i32>, %v: memref<?xvector<4xf32>>) {
  %a = memref.load %m[%i, %i] : memref<8x8xf32>
  %b = memref.load %m[%i, %i] {nontemporal = true} : memref<8x8xf32>
  %c = memref.load %m[%i, %i] {nontemporal = false} : memref<8x8xf32>
  %d = memref.load %s[] : memref<i32>
  memref.store %a, %m[%i, %i] : memref<8x8xf32>
  memref.store %b, %m[%i, %i] {nontemporal = true} : memref<8x8xf32>
  %e = memref.load %v[%i] {alignment = 16 : i64} : memref<?xvector<4xf32>>
  return
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: %{{.*}} = "memref.load"(%[[M:.*]], %[[I:.*]], %[[I]]) : (memref<8x8xf32>, index, index) -> f32
// GENERIC: %{{.*}} = "memref.load"(%[[M]], %[[I]], %[[I]]) <{nontemporal = true}> : (memref<8x8xf32>, index, index) -> f32
// GENERIC: %{{.*}} = "memref.load"(%[[M]], %[[I]], %[[I]]) <{nontemporal = false}> : (memref<8x8xf32>, index, index) -> f32
// GENERIC: %{{.*}} = "memref.load"(%{{.*}}) : (memref<i32>) -> i32
// GENERIC: "memref.store"(%{{.*}}, %[[M]], %[[I]], %[[I]]) : (f32, memref<8x8xf32>, index, index) -> ()
