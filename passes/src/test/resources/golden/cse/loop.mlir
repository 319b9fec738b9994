
// Loops: the body is a nested region, its arguments are distinct values.
func.func @loop(%lb: index, %ub: index, %s: index) -> index {
  %0 = arith.addi %lb, %s : index
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %lb) -> (index) {
    %1 = arith.addi %lb, %s : index
    %2 = arith.addi %i, %1 : index
    %3 = arith.addi %acc, %1 : index
    %4 = arith.addi %2, %3 : index
    scf.yield %4 : index
  }
  %5 = arith.addi %r, %0 : index
  return %5 : index
}
