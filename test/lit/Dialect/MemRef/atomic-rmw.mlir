// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The kind is a keyword in the custom form and arith's AtomicRMWKind case number in the generic form.

// CHECK-LABEL: func.func @atomics
// CHECK-NEXT:    %{{.*}} = memref.atomic_rmw addf %arg0, %arg2[%arg4] : (f32, memref<8xf32>) -> f32
// CHECK-NEXT:    %{{.*}} = memref.atomic_rmw addi %arg1, %arg3[%arg4, %arg4] : (i32, memref<4x4xi32>) -> i32
// CHECK-NEXT:    %{{.*}} = memref.atomic_rmw assign %arg1, %arg3[%arg4, %arg4] : (i32, memref<4x4xi32>) -> i32
// CHECK-NEXT:    %{{.*}} = memref.atomic_rmw maximumf %arg0, %arg2[%arg4] : (f32, memref<8xf32>) -> f32
// CHECK-NEXT:    %{{.*}} = memref.atomic_rmw minu %arg1, %arg3[%arg4, %arg4] : (i32, memref<4x4xi32>) -> i32
// CHECK-NEXT:    %{{.*}} = memref.atomic_rmw xori %arg1, %arg3[%arg4, %arg4] {tag} : (i32, memref<4x4xi32>) -> i32
func.func @atomics(%f: f32, %x: i32, %m: memref<8xf32>, %n: memref<4x4xi32>, %i: index) {
  %0 = memref.atomic_rmw addf %f, %m[%i] : (f32, memref<8xf32>) -> f32
  %1 = memref.atomic_rmw addi %x, %n[%i, %i] : (i32, memref<4x4xi32>) -> i32
  %2 = memref.atomic_rmw assign %x, %n[%i, %i] : (i32, memref<4x4xi32>) -> i32
  %3 = memref.atomic_rmw maximumf %f, %m[%i] : (f32, memref<8xf32>) -> f32
  %4 = memref.atomic_rmw minu %x, %n[%i, %i] : (i32, memref<4x4xi32>) -> i32
  %5 = memref.atomic_rmw xori %x, %n[%i, %i] {tag} : (i32, memref<4x4xi32>) -> i32
  return
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: "memref.atomic_rmw"(%{{.*}}, %{{.*}}, %{{.*}}) <{kind = 0 : i64}> : (f32, memref<8xf32>, index) -> f32
// GENERIC: "memref.atomic_rmw"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) <{kind = 1 : i64}> : (i32, memref<4x4xi32>, index, index) -> i32
// GENERIC: "memref.atomic_rmw"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) <{kind = 3 : i64}>
// GENERIC: "memref.atomic_rmw"(%{{.*}}, %{{.*}}, %{{.*}}) <{kind = 4 : i64}>
// GENERIC: "memref.atomic_rmw"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) <{kind = 11 : i64}>
// GENERIC: "memref.atomic_rmw"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) <{kind = 15 : i64}> {tag}
