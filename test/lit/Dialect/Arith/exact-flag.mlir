// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// divsi, divui, shrsi and shrui take the unit attribute isExact, spelled `exact`.

// CHECK-LABEL: func.func @exact(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:  %0 = arith.divsi %arg0, %arg1 exact : i32
// CHECK-NEXT:  %1 = arith.divui %0, %arg1 exact : i32
// CHECK-NEXT:  %2 = arith.shrsi %1, %arg1 exact : i32
// CHECK-NEXT:  %3 = arith.shrui %2, %arg1 exact : i32
// CHECK-NEXT:  %4 = arith.divsi %3, %arg1 : i32
// CHECK-NEXT:  %5 = arith.shrui %4, %arg1 exact : i32
// CHECK-NEXT:  return %5 : i32
// CHECK-NEXT:  }
func.func @exact(%a: i32, %b: i32) -> i32 {
  %0 = arith.divsi %a, %b exact : i32
  %1 = arith.divui %0, %b exact : i32
  %2 = arith.shrsi %1, %b exact : i32
  %3 = arith.shrui %2, %b exact : i32
  %4 = arith.divsi %3, %b : i32
  %5 = "arith.shrui"(%4, %b) <{isExact}> : (i32, i32) -> i32
  return %5 : i32
}
