func.func @switch(%flag: i32, %a: f32) -> f32 {
  cf.switch %flag : i32, [
    default: ^bb1(%a : f32),
    42: ^bb2,
    -1: ^bb1(%a : f32),
    7: ^bb3(%flag, %a : i32, f32)
  ]
^bb1(%x: f32):
  return %x : f32
^bb2:
  cf.switch %flag : i32, [
    default: ^bb1(%a : f32)
  ]
^bb3(%i: i32, %y: f32):
  return %y : f32
}
func.func @widths(%b: i1, %w: i64, %s: i8) {
  cf.switch %b : i1, [
    default: ^bb1,
    0: ^bb2
  ]
^bb1:
  cf.switch %w : i64, [
    default: ^bb2,
    9223372036854775807: ^bb2,
    0: ^bb1
  ] {my.tag}
^bb2:
  cf.switch %s : i8, [
    default: ^bb3,
    -128: ^bb3,
    255: ^bb3
  ]
^bb3:
  return
}
