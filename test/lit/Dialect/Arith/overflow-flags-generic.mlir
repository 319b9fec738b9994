// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// In the generic form the default overflow flags are materialized: #arith.overflow<none>.

// CHECK-LABEL: "func.func"() <{function_type = (i32) -> i8, sym_name = "generic"}> ({
// CHECK-NEXT:  ^bb0(%arg0: i32):
// CHECK-NEXT:  %0 = "arith.addi"(%arg0, %arg0) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// CHECK-NEXT:  %1 = "arith.subi"(%0, %arg0) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i32, i32) -> i32
// CHECK-NEXT:  %2 = "arith.shli"(%1, %arg0) <{overflowFlags = #arith.overflow<nuw>}> : (i32, i32) -> i32
// CHECK-NEXT:  %3 = "arith.trunci"(%2) <{overflowFlags = #arith.overflow<none>}> : (i32) -> i8
// CHECK-NEXT:  "func.return"(%3) : (i8) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @generic(%a: i32) -> i8 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.subi %0, %a overflow<nsw, nuw> : i32
  %2 = arith.shli %1, %a overflow<nuw> : i32
  %3 = arith.trunci %2 : i32 to i8
  return %3 : i8
}
