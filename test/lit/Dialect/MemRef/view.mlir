// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// A view of a byte buffer: a byte shift, then one size per dynamic dimension.

// CHECK-LABEL: func.func @views
// CHECK-NEXT:    %alloc = memref.alloc() : memref<2048xi8>
// CHECK-NEXT:    %view = memref.view %alloc[%arg0][%arg1] : memref<2048xi8> to memref<?x4xf32>
// CHECK-NEXT:    %view_0 = memref.view %alloc[%arg0][] : memref<2048xi8> to memref<16x4xf32>
// CHECK-NEXT:    %view_1 = memref.view %arg2[%arg0][%arg1, %arg1] {tag} : memref<?xi8, 1> to memref<?x?xi32, 1>
func.func @views(%shift: index, %n: index, %buf: memref<?xi8, 1>) {
  %b = memref.alloc() : memref<2048xi8>
  %0 = memref.view %b[%shift][%n] : memref<2048xi8> to memref<?x4xf32>
  %1 = memref.view %b[%shift][] : memref<2048xi8> to memref<16x4xf32>
  %2 = memref.view %buf[%shift][%n, %n] {tag} : memref<?xi8, 1> to memref<?x?xi32, 1>
  return
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: %{{.*}} = "memref.view"(%{{.*}}, %{{.*}}, %{{.*}}) : (memref<2048xi8>, index, index) -> memref<?x4xf32>
// GENERIC: %{{.*}} = "memref.view"(%{{.*}}, %{{.*}}) : (memref<2048xi8>, index) -> memref<16x4xf32>
