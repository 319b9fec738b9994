func.func @f(%a: i32, %c: i1) -> i32 {
  %0 = arith.constant {tag = "a very long attribute value here"} 42 : i32
  %1 = arith.addi %a, %0 : i32
  %2 = scf.if %c -> (i32) {
    scf.yield %1 : i32
  } else {
    scf.yield %a : i32
  }
  cf.br ^bb1(%2 : i32)
^bb1(%x: i32):
  return %x : i32
}
