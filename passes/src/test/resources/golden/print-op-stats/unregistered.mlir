func.func @f(%m: memref<4xi32>, %i: index, %c: i1) -> (i32, i32, i32, i32) {
  %3 = memref.load %m[%i] : memref<4xi32>
  scf.if %c {
    %z = arith.constant 0 : i32
  }
  %4 = memref.load %m[%i] : memref<4xi32>
  %a = memref.alloc() : memref<4xi32>
  %5 = memref.load %m[%i] : memref<4xi32>
  "test.foo"() : () -> ()
  %6 = memref.load %m[%i] : memref<4xi32>
  return %3, %4, %5, %6 : i32, i32, i32, i32
}
func.func @g(%a: i32, %b: i32) -> (i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b : i32
  %2 = arith.addi %a, %b : i32
  %c = arith.constant 1 : i32
  %d = arith.constant 1 : i32
  return %0, %2 : i32, i32
}
