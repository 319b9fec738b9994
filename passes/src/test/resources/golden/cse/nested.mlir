
// Values from the enclosing region are visible in nested regions, not the other way round.
func.func @nested(%c: i1, %a: i32) -> (i32, i32) {
  %0 = arith.muli %a, %a : i32
  %1 = scf.if %c -> (i32) {
    %2 = arith.muli %a, %a : i32
    %3 = arith.addi %2, %a : i32
    scf.yield %3 : i32
  } else {
    scf.yield %0 : i32
  }
  %4 = arith.addi %0, %a : i32
  return %1, %4 : i32, i32
}

