// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// cmpf has sixteen predicates, `false` and `true` among them, and fast-math flags.

// CHECK-LABEL: func.func @predicates(%arg0: f32, %arg1: f32) -> i1 {
// CHECK-NEXT:  %0 = arith.cmpf false, %arg0, %arg1 : f32
// CHECK-NEXT:  %1 = arith.cmpf oeq, %arg0, %arg1 : f32
// CHECK-NEXT:  %2 = arith.cmpf ogt, %arg0, %arg1 : f32
// CHECK-NEXT:  %3 = arith.cmpf oge, %arg0, %arg1 : f32
// CHECK-NEXT:  %4 = arith.cmpf olt, %arg0, %arg1 : f32
// CHECK-NEXT:  %5 = arith.cmpf ole, %arg0, %arg1 : f32
// CHECK-NEXT:  %6 = arith.cmpf one, %arg0, %arg1 : f32
// CHECK-NEXT:  %7 = arith.cmpf ord, %arg0, %arg1 : f32
// CHECK-NEXT:  %8 = arith.cmpf ueq, %arg0, %arg1 : f32
// CHECK-NEXT:  %9 = arith.cmpf ugt, %arg0, %arg1 : f32
// CHECK-NEXT:  %10 = arith.cmpf uge, %arg0, %arg1 : f32
// CHECK-NEXT:  %11 = arith.cmpf ult, %arg0, %arg1 : f32
// CHECK-NEXT:  %12 = arith.cmpf ule, %arg0, %arg1 : f32
// CHECK-NEXT:  %13 = arith.cmpf une, %arg0, %arg1 : f32
// CHECK-NEXT:  %14 = arith.cmpf uno, %arg0, %arg1 : f32
// CHECK-NEXT:  %15 = arith.cmpf true, %arg0, %arg1 : f32
// CHECK-NEXT:  return %15 : i1
// CHECK-NEXT:  }
func.func @predicates(%a: f32, %b: f32) -> i1 {
  %0 = arith.cmpf false, %a, %b : f32
  %1 = arith.cmpf oeq, %a, %b : f32
  %2 = arith.cmpf ogt, %a, %b : f32
  %3 = arith.cmpf oge, %a, %b : f32
  %4 = arith.cmpf olt, %a, %b : f32
  %5 = arith.cmpf ole, %a, %b : f32
  %6 = arith.cmpf one, %a, %b : f32
  %7 = arith.cmpf ord, %a, %b : f32
  %8 = arith.cmpf ueq, %a, %b : f32
  %9 = arith.cmpf ugt, %a, %b : f32
  %10 = arith.cmpf uge, %a, %b : f32
  %11 = arith.cmpf ult, %a, %b : f32
  %12 = arith.cmpf ule, %a, %b : f32
  %13 = arith.cmpf une, %a, %b : f32
  %14 = arith.cmpf uno, %a, %b : f32
  %15 = arith.cmpf true, %a, %b : f32
  return %15 : i1
}

// CHECK-LABEL: func.func @fastmath(%arg0: vector<8xf16>) -> vector<8xi1> {
// CHECK-NEXT:  %0 = arith.cmpf olt, %arg0, %arg0 fastmath<nnan> : vector<8xf16>
// CHECK-NEXT:  return %0 : vector<8xi1>
// CHECK-NEXT:  }
func.func @fastmath(%v: vector<8xf16>) -> vector<8xi1> {
  %0 = arith.cmpf olt, %v, %v fastmath<nnan> : vector<8xf16>
  return %0 : vector<8xi1>
}
