func.func @no_results(%c: i1, %x: i32) {
  scf.if %c {
    %y = arith.addi %x, %x : i32
  }
  scf.if %c {
  } else {
    %y = arith.addi %x, %x : i32
    scf.yield
  }
  scf.if %c {
  } {some_flag}
  return
}
func.func @results(%c: i1, %x: i32, %f: f32) -> i32 {
  %r:2 = scf.if %c -> (i32, f32) {
    scf.yield %x, %f : i32, f32
  } else {
    %s = arith.addi %x, %x : i32
    scf.yield %s, %f : i32, f32
  }
  %t = scf.if %c -> i32 {
    scf.yield %r#0 : i32
  } else {
    scf.yield %x : i32
  }
  return %t : i32
}
