// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// isExact is an optional unit property: present only when given.

// CHECK-LABEL: "func.func"() <{function_type = (i32, i32) -> i32, sym_name = "exact"}> ({
// CHECK-NEXT:  ^bb0(%arg0: i32, %arg1: i32):
// CHECK-NEXT:  %0 = "arith.divsi"(%arg0, %arg1) <{isExact}> : (i32, i32) -> i32
// CHECK-NEXT:  %1 = "arith.divui"(%0, %arg1) : (i32, i32) -> i32
// CHECK-NEXT:  "func.return"(%1) : (i32) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @exact(%a: i32, %b: i32) -> i32 {
  %0 = arith.divsi %a, %b exact : i32
  %1 = arith.divui %0, %b : i32
  return %1 : i32
}
