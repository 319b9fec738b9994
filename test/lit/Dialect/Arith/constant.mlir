// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// arith.constant prints its value with the type ("attr-dict $value"); results are named by the printer from the
// op's hints: %c<value>_<type> for integers, %c<value> for index, %true/%false for i1, %cst otherwise, with _N
// suffixes when a name repeats.

// CHECK-LABEL: func.func @integers() -> (i32, i32, index, i1, i1, i8, i64) {
// CHECK-NEXT:  %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:  %c0_i32_0 = arith.constant 0 : i32
// CHECK-NEXT:  %c42 = arith.constant 42 : index
// CHECK-NEXT:  %true = arith.constant true
// CHECK-NEXT:  %false = arith.constant false
// CHECK-NEXT:  %c-1_i8 = arith.constant -1 : i8
// CHECK-NEXT:  %c9223372036854775807_i64 = arith.constant 9223372036854775807 : i64
// CHECK-NEXT:  return %c0_i32, %c0_i32_0, %c42, %true, %false, %c-1_i8, %c9223372036854775807_i64 : i32, i32, index, i1, i1, i8, i64
// CHECK-NEXT:  }
func.func @integers() -> (i32, i32, index, i1, i1, i8, i64) {
  %a = arith.constant 0 : i32
  %b = arith.constant 0 : i32
  %c = arith.constant 42 : index
  %t = arith.constant true
  %f = arith.constant 0 : i1
  %m = arith.constant -1 : i8
  %big = arith.constant 9223372036854775807 : i64
  return %a, %b, %c, %t, %f, %m, %big : i32, i32, index, i1, i1, i8, i64
}

// CHECK-LABEL: func.func @floats() -> (f32, f64, f16, bf16) {
// CHECK-NEXT:  %cst = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:  %cst_0 = arith.constant -2.500000e+00 : f64
// CHECK-NEXT:  %cst_1 = arith.constant 0x7C00 : f16
// CHECK-NEXT:  %cst_2 = arith.constant 9.999220e+09 : bf16
// CHECK-NEXT:  return %cst, %cst_0, %cst_1, %cst_2 : f32, f64, f16, bf16
// CHECK-NEXT:  }
func.func @floats() -> (f32, f64, f16, bf16) {
  %0 = arith.constant 1.0 : f32
  %1 = arith.constant -2.5 : f64
  %2 = arith.constant 0x7C00 : f16
  %3 = arith.constant 1.0e+10 : bf16
  return %0, %1, %2, %3 : f32, f64, f16, bf16
}

// CHECK-LABEL: func.func @elements() -> (vector<4xi32>, tensor<2xf32>, tensor<2x2xi64>) {
// CHECK-NEXT:  %cst = arith.constant dense<7> : vector<4xi32>
// CHECK-NEXT:  %cst_0 = arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:  %cst_1 = arith.constant dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xi64>
// CHECK-NEXT:  return %cst, %cst_0, %cst_1 : vector<4xi32>, tensor<2xf32>, tensor<2x2xi64>
// CHECK-NEXT:  }
func.func @elements() -> (vector<4xi32>, tensor<2xf32>, tensor<2x2xi64>) {
  %0 = arith.constant dense<7> : vector<4xi32>
  %1 = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %2 = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>
  return %0, %1, %2 : vector<4xi32>, tensor<2xf32>, tensor<2x2xi64>
}

// CHECK-LABEL: func.func @attrs() -> i32 {
// CHECK-NEXT:  %c5_i32 = arith.constant {tag = "x"} 5 : i32
// CHECK-NEXT:  return %c5_i32 : i32
// CHECK-NEXT:  }
func.func @attrs() -> i32 {
  %0 = arith.constant {tag = "x"} 5 : i32
  return %0 : i32
}
