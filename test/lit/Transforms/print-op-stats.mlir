// RUN: jopt %s --allow-unregistered-dialect --print-op-stats -o /dev/null 2>&1 | FileCheck %s
// REQUIRES: jopt-pass-pipeline
// Expected output recorded from mlir-opt 22.

// CHECK: Operations encountered:
// CHECK-NEXT: -----------------------
// CHECK-NEXT:     arith.addi     , 3
// CHECK-NEXT:     arith.constant , 3
// CHECK-NEXT:   builtin.module   , 1
// CHECK-NEXT:      func.func     , 2
// CHECK-NEXT:      func.return   , 2
// CHECK-NEXT:    memref.alloc    , 1
// CHECK-NEXT:    memref.load     , 4
// CHECK-NEXT:       scf.if       , 1
// CHECK-NEXT:       scf.yield    , 1
// CHECK-NEXT:      test.foo      , 1
func.func @f(%m: memref<4xi32>, %i: index, %c: i1) -> (i32, i32, i32, i32) {
  %3 = memref.load %m[%i] : memref<4xi32>
  scf.if %c {
    %z = arith.constant 0 : i32
  }
  %4 = memref.load %m[%i] : memref<4xi32>
  %a = memref.alloc() : memref<4xi32>
  %5 = memref.load %m[%i] : memref<4xi32>
  "test.foo"() : () -> ()
  %6 = memref.load %m[%i] : memref<4xi32>
  return %3, %4, %5, %6 : i32, i32, i32, i32
}
func.func @g(%a: i32, %b: i32) -> (i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b : i32
  %2 = arith.addi %a, %b : i32
  %c = arith.constant 1 : i32
  %d = arith.constant 1 : i32
  return %0, %2 : i32, i32
}
