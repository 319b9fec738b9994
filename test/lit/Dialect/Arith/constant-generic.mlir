// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// The generic form of arith.constant keeps the value as the inherent attribute 'value'.

// CHECK-LABEL: "func.func"() <{function_type = () -> (i32, index, i1, f32, vector<2xi8>), sym_name = "generic"}> ({
// CHECK-NEXT:  %3 = "arith.constant"() <{value = 3 : i32}> : () -> i32
// CHECK-NEXT:  %4 = "arith.constant"() <{value = 4 : index}> : () -> index
// CHECK-NEXT:  %5 = "arith.constant"() <{value = false}> : () -> i1
// CHECK-NEXT:  %6 = "arith.constant"() <{value = 5.000000e-01 : f32}> : () -> f32
// CHECK-NEXT:  %7 = "arith.constant"() <{value = dense<[1, -1]> : vector<2xi8>}> : () -> vector<2xi8>
// CHECK-NEXT:  "func.return"(%3, %4, %5, %6, %7) : (i32, index, i1, f32, vector<2xi8>) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @generic() -> (i32, index, i1, f32, vector<2xi8>) {
  %0 = arith.constant 3 : i32
  %1 = arith.constant 4 : index
  %2 = arith.constant false
  %3 = arith.constant 0.5 : f32
  %4 = arith.constant dense<[1, -1]> : vector<2xi8>
  return %0, %1, %2, %3, %4 : i32, index, i1, f32, vector<2xi8>
}

// CHECK-LABEL: "func.func"() <{function_type = () -> i64, sym_name = "from_generic"}> ({
// CHECK-NEXT:  %0 = "arith.constant"() <{value = 10 : i64}> : () -> i64
// CHECK-NEXT:  %1 = "arith.constant"() <{value = 11 : i64}> : () -> i64
// CHECK-NEXT:  %2 = "arith.addi"(%0, %1) <{overflowFlags = #arith.overflow<none>}> : (i64, i64) -> i64
// CHECK-NEXT:  "func.return"(%2) : (i64) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @from_generic() -> i64 {
  %0 = "arith.constant"() <{value = 10 : i64}> : () -> i64
  %1 = "arith.constant"() {value = 11 : i64} : () -> i64
  %2 = arith.addi %0, %1 : i64
  return %2 : i64
}
