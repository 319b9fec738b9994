// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s

// In the generic form mlir-opt gives every value of the module a unique
// number: sibling regions do not reuse numbers. Regions are visited last one
// first (a stack), so the last function gets the lowest numbers. Op-suggested
// names such as %c0_i32 are not used in the generic form.

// CHECK-LABEL: "builtin.module"() ({
// CHECK-NEXT: "func.func"() <{function_type = (i32) -> i32, sym_name = "a"}> ({
// CHECK-NEXT: ^bb0(%arg1: i32):
// CHECK-NEXT: %2 = "arith.addi"(%arg1, %arg1) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// CHECK-NEXT: %3 = "arith.muli"(%2, %2) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// CHECK-NEXT: "func.return"(%3) : (i32) -> ()
// CHECK-NEXT: }) : () -> ()
func.func @a(%x: i32) -> i32 {
  %0 = arith.addi %x, %x : i32
  %1 = arith.muli %0, %0 : i32
  return %1 : i32
}

// CHECK-NEXT: "func.func"() <{function_type = (i32) -> i32, sym_name = "b"}> ({
// CHECK-NEXT: ^bb0(%arg0: i32):
// CHECK-NEXT: %0 = "arith.constant"() <{value = 0 : i32}> : () -> i32
// CHECK-NEXT: %1 = "arith.addi"(%arg0, %0) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// CHECK-NEXT: "func.return"(%1) : (i32) -> ()
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: }) : () -> ()
func.func @b(%y: i32) -> i32 {
  %c = arith.constant 0 : i32
  %0 = arith.addi %y, %c : i32
  return %0 : i32
}
