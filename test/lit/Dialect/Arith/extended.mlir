// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The two-result ops name their results after upstream's hints: %sum/%overflow and %low/%high.

// CHECK-LABEL: func.func @extended(%arg0: i32, %arg1: i32, %arg2: vector<4xi64>) -> (i32, i1, i32, i32, vector<4xi64>) {
// CHECK-NEXT:  %sum, %overflow = arith.addui_extended %arg0, %arg1 : i32, i1
// CHECK-NEXT:  %low, %high = arith.mulsi_extended %arg0, %arg1 : i32
// CHECK-NEXT:  %low_0, %high_1 = arith.mului_extended %arg0, %arg1 : i32
// CHECK-NEXT:  %sum_2, %overflow_3 = arith.addui_extended %arg2, %arg2 : vector<4xi64>, vector<4xi1>
// CHECK-NEXT:  %low_4, %high_5 = arith.mulsi_extended %arg2, %arg2 : vector<4xi64>
// CHECK-NEXT:  return %sum, %overflow, %low, %high_1, %low_4 : i32, i1, i32, i32, vector<4xi64>
// CHECK-NEXT:  }
func.func @extended(%a: i32, %b: i32, %v: vector<4xi64>) -> (i32, i1, i32, i32, vector<4xi64>) {
  %sum, %o = arith.addui_extended %a, %b : i32, i1
  %lo, %hi = arith.mulsi_extended %a, %b : i32
  %l:2 = arith.mului_extended %a, %b : i32
  %vs:2 = arith.addui_extended %v, %v : vector<4xi64>, vector<4xi1>
  %vm:2 = arith.mulsi_extended %v, %v : vector<4xi64>
  return %sum, %o, %lo, %l#1, %vm#0 : i32, i1, i32, i32, vector<4xi64>
}
