// A small module in the dialects jmlir ships: a dot product over memrefs with scf loops, a branchy function in
// cf, and a few arith/math ops. `bin/jopt examples/example.mlir` parses, verifies and prints it back.
module {
  memref.global "private" constant @weights : memref<4xf32> = dense<[1.0, 2.0, 3.0, 4.0]>

  func.func @dot(%a: memref<?xf32>, %b: memref<?xf32>) -> f32 {
    %c0 = arith.constant 0 : index
    %c1 = arith.constant 1 : index
    %zero = arith.constant 0.0 : f32
    %n = memref.dim %a, %c0 : memref<?xf32>
    %sum = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (f32) {
      %x = memref.load %a[%i] : memref<?xf32>
      %y = memref.load %b[%i] : memref<?xf32>
      %p = arith.mulf %x, %y fastmath<contract> : f32
      %s = arith.addf %acc, %p : f32
      scf.yield %s : f32
    }
    return %sum : f32
  }

  func.func @clamp(%x: i32, %lo: i32, %hi: i32) -> i32 {
    %below = arith.cmpi slt, %x, %lo : i32
    cf.cond_br %below, ^low, ^check_high
  ^low:
    return %lo : i32
  ^check_high:
    %above = arith.cmpi sgt, %x, %hi : i32
    %r = arith.select %above, %hi, %x : i32
    return %r : i32
  }

  func.func @norm(%v: f32) -> f32 {
    %sq = arith.mulf %v, %v : f32
    %r = math.sqrt %sq : f32
    %e = math.exp %r : f32
    return %e : f32
  }
}
