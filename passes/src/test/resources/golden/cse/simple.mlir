// Equal pure ops are merged; commutative operands match in any order; different attributes do not match.
func.func @simple(%a: i32, %b: i32) -> (i32, i32, i32, i1, i1, i1) {
  %c1 = arith.constant 1 : i32
  %c1_0 = arith.constant 1 : i32
  %0 = arith.addi %a, %c1 : i32
  %1 = arith.addi %c1_0, %a : i32
  %2 = arith.subi %a, %b : i32
  %3 = arith.subi %b, %a : i32
  %4 = arith.cmpi slt, %a, %b : i32
  %5 = arith.cmpi sgt, %a, %b : i32
  %6 = arith.cmpi slt, %a, %b : i32
  %unused = arith.muli %a, %b : i32
  return %0, %1, %3, %4, %5, %6 : i32, i32, i32, i1, i1, i1
}

