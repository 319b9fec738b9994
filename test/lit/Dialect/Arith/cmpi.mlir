// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// cmpi spells its predicate as a keyword (a string is accepted too); the result is i1 of the operands' shape.

// CHECK-LABEL: func.func @predicates(%arg0: i32, %arg1: i32) -> i1 {
// CHECK-NEXT:  %0 = arith.cmpi eq, %arg0, %arg1 : i32
// CHECK-NEXT:  %1 = arith.cmpi ne, %arg0, %arg1 : i32
// CHECK-NEXT:  %2 = arith.cmpi slt, %arg0, %arg1 : i32
// CHECK-NEXT:  %3 = arith.cmpi sle, %arg0, %arg1 : i32
// CHECK-NEXT:  %4 = arith.cmpi sgt, %arg0, %arg1 : i32
// CHECK-NEXT:  %5 = arith.cmpi sge, %arg0, %arg1 : i32
// CHECK-NEXT:  %6 = arith.cmpi ult, %arg0, %arg1 : i32
// CHECK-NEXT:  %7 = arith.cmpi ule, %arg0, %arg1 : i32
// CHECK-NEXT:  %8 = arith.cmpi ugt, %arg0, %arg1 : i32
// CHECK-NEXT:  %9 = arith.cmpi uge, %arg0, %arg1 : i32
// CHECK-NEXT:  return %9 : i1
// CHECK-NEXT:  }
func.func @predicates(%a: i32, %b: i32) -> i1 {
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.cmpi ne, %a, %b : i32
  %2 = arith.cmpi slt, %a, %b : i32
  %3 = arith.cmpi sle, %a, %b : i32
  %4 = arith.cmpi sgt, %a, %b : i32
  %5 = arith.cmpi sge, %a, %b : i32
  %6 = arith.cmpi ult, %a, %b : i32
  %7 = arith.cmpi ule, %a, %b : i32
  %8 = arith.cmpi ugt, %a, %b : i32
  %9 = arith.cmpi "uge", %a, %b : i32
  return %9 : i1
}

// CHECK-LABEL: func.func @shaped(%arg0: index, %arg1: vector<4xi64>, %arg2: tensor<?x2xi8>) -> (i1, vector<4xi1>, tensor<?x2xi1>) {
// CHECK-NEXT:  %0 = arith.cmpi eq, %arg0, %arg0 : index
// CHECK-NEXT:  %1 = arith.cmpi slt, %arg1, %arg1 : vector<4xi64>
// CHECK-NEXT:  %2 = arith.cmpi uge, %arg2, %arg2 {tag} : tensor<?x2xi8>
// CHECK-NEXT:  return %0, %1, %2 : i1, vector<4xi1>, tensor<?x2xi1>
// CHECK-NEXT:  }
func.func @shaped(%i: index, %v: vector<4xi64>, %t: tensor<?x2xi8>) -> (i1, vector<4xi1>, tensor<?x2xi1>) {
  %0 = arith.cmpi eq, %i, %i : index
  %1 = arith.cmpi slt, %v, %v : vector<4xi64>
  %2 = arith.cmpi uge, %t, %t {tag} : tensor<?x2xi8>
  return %0, %1, %2 : i1, vector<4xi1>, tensor<?x2xi1>
}
