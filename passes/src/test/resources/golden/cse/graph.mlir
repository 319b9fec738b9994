
// In a graph region, uses that come before the def they name are left alone.
"test.graph"() ({
  "test.use"(%1) : (i32) -> ()
  %0 = arith.constant 3 : i32
  %1 = arith.constant 3 : i32
  "test.use"(%0, %1) : (i32, i32) -> ()
}) : () -> ()

