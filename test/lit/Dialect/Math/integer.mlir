// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The integer ops take signless integers, index and vectors/tensors of them; they have no fast-math flags.

// CHECK-LABEL: func.func @integer(%arg0: i32, %arg1: i32, %arg2: index, %arg3: vector<4xi8>) -> (i32, i32, i32, i32, i32, index, vector<4xi8>) {
// CHECK-NEXT:  %0 = math.absi %arg0 : i32
// CHECK-NEXT:  %1 = math.ctlz %arg0 : i32
// CHECK-NEXT:  %2 = math.cttz %arg0 : i32
// CHECK-NEXT:  %3 = math.ctpop %arg0 : i32
// CHECK-NEXT:  %4 = math.ipowi %arg0, %arg1 : i32
// CHECK-NEXT:  %5 = math.ctpop %arg2 : index
// CHECK-NEXT:  %6 = math.ipowi %arg3, %arg3 : vector<4xi8>
// CHECK-NEXT:  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, i32, i32, index, vector<4xi8>
// CHECK-NEXT:  }
func.func @integer(%i: i32, %j: i32, %n: index, %v: vector<4xi8>) -> (i32, i32, i32, i32, i32, index, vector<4xi8>) {
  %0 = math.absi %i : i32
  %1 = math.ctlz %i : i32
  %2 = math.cttz %i : i32
  %3 = math.ctpop %i : i32
  %4 = math.ipowi %i, %j : i32
  %5 = math.ctpop %n : index
  %6 = math.ipowi %v, %v : vector<4xi8>
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, i32, i32, index, vector<4xi8>
}
