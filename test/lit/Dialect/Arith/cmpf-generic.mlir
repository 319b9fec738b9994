// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// CHECK-LABEL: "func.func"() <{function_type = (f64, f64) -> i1, sym_name = "predicates"}> ({
// CHECK-NEXT:  ^bb0(%arg0: f64, %arg1: f64):
// CHECK-NEXT:  %0 = "arith.cmpf"(%arg0, %arg1) <{fastmath = #arith.fastmath<none>, predicate = 0 : i64}> : (f64, f64) -> i1
// CHECK-NEXT:  %1 = "arith.cmpf"(%arg0, %arg1) <{fastmath = #arith.fastmath<fast>, predicate = 11 : i64}> : (f64, f64) -> i1
// CHECK-NEXT:  %2 = "arith.cmpf"(%arg0, %arg1) <{fastmath = #arith.fastmath<none>, predicate = 15 : i64}> : (f64, f64) -> i1
// CHECK-NEXT:  "func.return"(%2) : (i1) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @predicates(%a: f64, %b: f64) -> i1 {
  %0 = arith.cmpf false, %a, %b : f64
  %1 = arith.cmpf ult, %a, %b fastmath<fast> : f64
  %2 = arith.cmpf true, %a, %b : f64
  return %2 : i1
}
