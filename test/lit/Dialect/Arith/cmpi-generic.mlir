// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// The predicate is a plain i64 property in the generic form (eq = 0 ... uge = 9).

// CHECK-LABEL: "func.func"() <{function_type = (i32, i32) -> i1, sym_name = "predicates"}> ({
// CHECK-NEXT:  ^bb0(%arg0: i32, %arg1: i32):
// CHECK-NEXT:  %0 = "arith.cmpi"(%arg0, %arg1) <{predicate = 0 : i64}> : (i32, i32) -> i1
// CHECK-NEXT:  %1 = "arith.cmpi"(%arg0, %arg1) <{predicate = 2 : i64}> : (i32, i32) -> i1
// CHECK-NEXT:  %2 = "arith.cmpi"(%arg0, %arg1) <{predicate = 9 : i64}> : (i32, i32) -> i1
// CHECK-NEXT:  %3 = "arith.cmpi"(%arg0, %arg1) <{predicate = 7 : i64}> : (i32, i32) -> i1
// CHECK-NEXT:  "func.return"(%3) : (i1) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @predicates(%a: i32, %b: i32) -> i1 {
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.cmpi slt, %a, %b : i32
  %2 = arith.cmpi uge, %a, %b : i32
  %3 = "arith.cmpi"(%a, %b) {predicate = 7 : i64} : (i32, i32) -> i1
  return %3 : i1
}
