
// Nothing crosses into an isolated-from-above op, nor into an unregistered one.
func.func @isolated(%a: i32) -> i32 {
  %0 = arith.constant 7 : i32
  "test.isolated"() ({
    %1 = arith.constant 7 : i32
    %2 = arith.constant 7 : i32
    "test.use"(%1, %2) : (i32, i32) -> ()
  }) : () -> ()
  return %0 : i32
}

