// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// CHECK-LABEL: func.func @add
// CHECK-SAME: (%[[A:.*]]: i32, %[[B:.*]]: i32) -> i32
func.func @add(%a: i32, %b: i32) -> i32 {
  // CHECK-NEXT: %[[S:.*]] = arith.addi %[[A]], %[[B]] : i32
  %s = arith.addi %a, %b : i32
  // CHECK-NEXT: return %[[S]] : i32
  return %s : i32
}
