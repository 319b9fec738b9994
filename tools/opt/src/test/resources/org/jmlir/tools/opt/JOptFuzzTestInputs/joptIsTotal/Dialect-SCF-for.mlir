func.func @empty_loop(%lb: index, %ub: index, %step: index) {
  scf.for %i = %lb to %ub step %step {
  }
  return
}
func.func @reduction(%lb: index, %ub: index, %step: index) -> f32 {
  %zero = arith.constant 0.0 : f32
  %sum = scf.for %iv = %lb to %ub step %step iter_args(%acc = %zero) -> (f32) {
    %next = arith.addf %acc, %acc : f32
    scf.yield %next : f32
  }
  return %sum : f32
}
func.func @i32_loop(%lb: i32, %ub: i32, %step: i32, %f: f32) {
  %r:2 = scf.for %iv = %lb to %ub step %step iter_args(%a = %f, %b = %lb) -> (f32, i32) : i32 {
    scf.yield %a, %b : f32, i32
  }
  scf.for %iv = %lb to %ub step %step : i32 {
  } {some_attr = 1}
  return
}
func.func @single_type_without_parens(%x: index) -> index {
  %r = scf.for %iv = %x to %x step %x iter_args(%a = %x) -> index {
    scf.yield %iv : index
  }
  return %r : index
}
