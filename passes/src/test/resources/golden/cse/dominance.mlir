
// An op is replaced only by an equal op that dominates it.
func.func @dominance(%c: i1, %a: index) -> index {
  %0 = arith.addi %a, %a : index
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %1 = arith.addi %a, %a : index
  %2 = arith.muli %1, %a : index
  cf.br ^bb3(%2 : index)
^bb2:
  %3 = arith.muli %0, %a : index
  cf.br ^bb3(%3 : index)
^bb3(%r: index):
  %4 = arith.muli %0, %a : index
  %5 = arith.addi %4, %r : index
  return %5 : index
}

