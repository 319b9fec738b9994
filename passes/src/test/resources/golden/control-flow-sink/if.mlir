func.func @f(%c: i1, %a: i32, %b: i32, %m: memref<4xi32>, %i: index) -> (i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.muli %0, %a : i32
  %2 = arith.subi %a, %b : i32
  %3 = arith.divsi %a, %b : i32
  %l = memref.load %m[%i] : memref<4xi32>
  %used_outside = arith.xori %a, %b : i32
  %r = scf.if %c -> (i32) {
    %x = arith.addi %1, %3 : i32
    %y = arith.addi %x, %used_outside : i32
    scf.yield %y : i32
  } else {
    %z = arith.addi %2, %l : i32
    scf.yield %z : i32
  }
  %k = scf.for %iv = %i to %i step %i iter_args(%acc = %a) -> (i32) {
    %w = arith.addi %acc, %2 : i32
    scf.yield %w : i32
  }
  %s = arith.addi %r, %used_outside : i32
  return %s, %k : i32, i32
}
