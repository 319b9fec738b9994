// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Allocations name their results %alloc / %alloca; dynamic sizes go in parentheses, layout symbols in brackets.

// CHECK-DAG: #[[MAP:.*]] = affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 + s0)>
// CHECK-LABEL: func.func @allocs
// CHECK-NEXT:    %alloc = memref.alloc() : memref<8x8xf32>
// CHECK-NEXT:    %alloc_0 = memref.alloc(%arg0)[%arg1] {alignment = 64 : i64} : memref<?x4xf32, #[[MAP]]>
// CHECK-NEXT:    %alloc_1 = memref.alloc(%arg0, %arg0) : memref<?x?xi8, 1>
// CHECK-NEXT:    %alloc_2 = memref.alloc()[%arg1] : memref<4xf32, strided<[1], offset: ?>>
// CHECK-NEXT:    %alloca = memref.alloca(%arg0) : memref<?xf32>
// CHECK-NEXT:    %alloca_3 = memref.alloca() {alignment = 16 : i64} : memref<f64>
// CHECK-NEXT:    memref.dealloc %alloc : memref<8x8xf32>
// CHECK-NEXT:    memref.dealloc %alloc_0 : memref<?x4xf32, #[[MAP]]>
// CHECK-NEXT:    return
func.func @allocs(%d: index, %s: index) {
  %0 = memref.alloc() : memref<8x8xf32>
  %1 = memref.alloc(%d)[%s] {alignment = 64 : i64} : memref<?x4xf32, affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 + s0)>>
  %2 = memref.alloc(%d, %d) : memref<?x?xi8, 1>
  %3 = memref.alloc()[%s] : memref<4xf32, strided<[1], offset: ?>>
  %4 = memref.alloca(%d) : memref<?xf32>
  %5 = memref.alloca() {alignment = 16} : memref<f64>
  memref.dealloc %0 : memref<8x8xf32>
  memref.dealloc %1 : memref<?x4xf32, affine_map<(d0, d1)[s0] -> (d0 * 4 + d1 + s0)>>
  return
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: %{{.*}} = "memref.alloc"() <{operandSegmentSizes = array<i32: 0, 0>}> : () -> memref<8x8xf32>
// GENERIC: %{{.*}} = "memref.alloc"(%{{.*}}, %{{.*}}) <{alignment = 64 : i64, operandSegmentSizes = array<i32: 1, 1>}> : (index, index) -> memref<?x4xf32, #map>
// GENERIC: %{{.*}} = "memref.alloca"(%{{.*}}) <{operandSegmentSizes = array<i32: 1, 0>}> : (index) -> memref<?xf32>
// GENERIC: "memref.dealloc"(%{{.*}}) : (memref<8x8xf32>) -> ()
