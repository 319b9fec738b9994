// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The integer binary ops without flags: "$lhs `,` $rhs attr-dict `:` type($result)" on signless integers, index
// and vectors/tensors of them.

// CHECK-LABEL: func.func @scalar(%arg0: i32, %arg1: i32) -> i32 {
// CHECK-NEXT:  %0 = arith.ceildivsi %arg0, %arg1 : i32
// CHECK-NEXT:  %1 = arith.ceildivui %0, %arg1 : i32
// CHECK-NEXT:  %2 = arith.floordivsi %1, %arg1 : i32
// CHECK-NEXT:  %3 = arith.remsi %2, %arg1 : i32
// CHECK-NEXT:  %4 = arith.remui %3, %arg1 : i32
// CHECK-NEXT:  %5 = arith.andi %4, %arg1 : i32
// CHECK-NEXT:  %6 = arith.ori %5, %arg1 : i32
// CHECK-NEXT:  %7 = arith.xori %6, %arg1 : i32
// CHECK-NEXT:  %8 = arith.maxsi %7, %arg1 : i32
// CHECK-NEXT:  %9 = arith.maxui %8, %arg1 : i32
// CHECK-NEXT:  %10 = arith.minsi %9, %arg1 : i32
// CHECK-NEXT:  %11 = arith.minui %10, %arg1 {some.attr} : i32
// CHECK-NEXT:  return %11 : i32
// CHECK-NEXT:  }
func.func @scalar(%a: i32, %b: i32) -> i32 {
  %0 = arith.ceildivsi %a, %b : i32
  %1 = arith.ceildivui %0, %b : i32
  %2 = arith.floordivsi %1, %b : i32
  %3 = arith.remsi %2, %b : i32
  %4 = arith.remui %3, %b : i32
  %5 = arith.andi %4, %b : i32
  %6 = arith.ori %5, %b : i32
  %7 = arith.xori %6, %b : i32
  %8 = arith.maxsi %7, %b : i32
  %9 = arith.maxui %8, %b : i32
  %10 = arith.minsi %9, %b : i32
  %11 = arith.minui %10, %b {some.attr} : i32
  return %11 : i32
}

// CHECK-LABEL: func.func @index(%arg0: index, %arg1: index) -> index {
// CHECK-NEXT:  %0 = arith.addi %arg0, %arg1 : index
// CHECK-NEXT:  %1 = arith.subi %0, %arg1 : index
// CHECK-NEXT:  %2 = arith.muli %1, %arg1 : index
// CHECK-NEXT:  %3 = arith.divui %2, %arg1 : index
// CHECK-NEXT:  %4 = arith.divsi %3, %arg1 : index
// CHECK-NEXT:  %5 = arith.remsi %4, %arg1 : index
// CHECK-NEXT:  return %5 : index
// CHECK-NEXT:  }
func.func @index(%a: index, %b: index) -> index {
  %0 = arith.addi %a, %b : index
  %1 = arith.subi %0, %b : index
  %2 = arith.muli %1, %b : index
  %3 = arith.divui %2, %b : index
  %4 = arith.divsi %3, %b : index
  %5 = arith.remsi %4, %b : index
  return %5 : index
}

// CHECK-LABEL: func.func @shaped(%arg0: vector<4xi8>, %arg1: vector<[4]xi16>, %arg2: tensor<4x?xi64>) -> (vector<4xi8>, vector<[4]xi16>, tensor<4x?xi64>) {
// CHECK-NEXT:  %0 = arith.shli %arg0, %arg0 : vector<4xi8>
// CHECK-NEXT:  %1 = arith.shrsi %arg1, %arg1 : vector<[4]xi16>
// CHECK-NEXT:  %2 = arith.shrui %arg2, %arg2 : tensor<4x?xi64>
// CHECK-NEXT:  return %0, %1, %2 : vector<4xi8>, vector<[4]xi16>, tensor<4x?xi64>
// CHECK-NEXT:  }
func.func @shaped(%v: vector<4xi8>, %s: vector<[4]xi16>, %t: tensor<4x?xi64>) -> (vector<4xi8>, vector<[4]xi16>, tensor<4x?xi64>) {
  %0 = arith.shli %v, %v : vector<4xi8>
  %1 = arith.shrsi %s, %s : vector<[4]xi16>
  %2 = arith.shrui %t, %t : tensor<4x?xi64>
  return %0, %1, %2 : vector<4xi8>, vector<[4]xi16>, tensor<4x?xi64>
}
