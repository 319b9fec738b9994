func.func @f() -> (tensor<4x5xi32>, tensor<2xi32>, tensor<3xf32>) {
  %0 = arith.constant dense<7> : tensor<4x5xi32>
  %1 = arith.constant dense<[1, 2]> : tensor<2xi32>
  %2 = arith.constant {big = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], s = "a|b<c>{d}"} dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %3 = arith.constant dense<[[1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5]]> : tensor<4x5xi32>
  %4:2 = "test.two"() : () -> (i32, i64)
  "test.use"(%4#0, %4#1, %3) : (i32, i64, tensor<4x5xi32>) -> ()
  return %0, %1, %2 : tensor<4x5xi32>, tensor<2xi32>, tensor<3xf32>
}
