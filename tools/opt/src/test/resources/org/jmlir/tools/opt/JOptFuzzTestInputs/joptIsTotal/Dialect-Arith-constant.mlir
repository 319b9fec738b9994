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
func.func @floats() -> (f32, f64, f16, bf16) {
  %0 = arith.constant 1.0 : f32
  %1 = arith.constant -2.5 : f64
  %2 = arith.constant 0x7C00 : f16
  %3 = arith.constant 1.0e+10 : bf16
  return %0, %1, %2, %3 : f32, f64, f16, bf16
}
func.func @elements() -> (vector<4xi32>, tensor<2xf32>, tensor<2x2xi64>) {
  %0 = arith.constant dense<7> : vector<4xi32>
  %1 = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %2 = arith.constant dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>
  return %0, %1, %2 : vector<4xi32>, tensor<2xf32>, tensor<2x2xi64>
}
func.func @attrs() -> i32 {
  %0 = arith.constant {tag = "x"} 5 : i32
  return %0 : i32
}
