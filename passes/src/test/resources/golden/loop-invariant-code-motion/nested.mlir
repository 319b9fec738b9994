func.func @f(%m: memref<4xi32>, %lb: index, %ub: index, %s: index, %a: i32, %b: i32, %cond: i1) -> i32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %a) -> (i32) {
    %x = arith.addi %a, %b : i32
    %y = arith.muli %x, %x : i32
    %d = arith.divsi %a, %b : i32
    %c0 = arith.constant 0 : index
    %l = memref.load %m[%c0] : memref<4xi32>
    %z = arith.addi %acc, %y : i32
    %w = arith.addi %z, %l : i32
    %inner = scf.for %j = %lb to %ub step %s iter_args(%acc2 = %w) -> (i32) {
      %q = arith.addi %x, %b : i32
      %q2 = arith.addi %q, %acc2 : i32
      scf.yield %q2 : i32
    }
    %if = scf.if %cond -> (i32) {
      scf.yield %x : i32
    } else {
      scf.yield %y : i32
    }
    scf.yield %inner : i32
  }
  return %r : i32
}
