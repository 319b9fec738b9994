func.func @identity(%a: i32) -> i32 {
  func.return %a : i32
}
func.func public @explicit_public() {
  return
}
func.func @with_attrs(%a: i32 {my.attr = "x"}, %b: f32) -> (i32 {res.a}, f32) attributes {passthrough = ["x"], my.flag} {
  return %a, %b : i32, f32
}
func.func private @private_body(%a: index) -> index {
  return %a : index
}
func.func @empty_result_list() -> () attributes {} {
  return
}
func.func @blocks(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2(%a : i32)
^bb1:
  return %a : i32
^bb2(%b: i32):
  return %b : i32
}
