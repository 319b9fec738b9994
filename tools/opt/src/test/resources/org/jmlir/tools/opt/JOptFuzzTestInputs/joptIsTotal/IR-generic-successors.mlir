"func.func"() <{function_type = (i1, i32) -> i32, sym_name = "f"}> ({
^bb0(%c: i1, %x: i32):
  "cf.cond_br"(%c, %x, %x) [^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
^bb1(%a: i32):
  "cf.br"(%a) [^bb3] : (i32) -> ()
^bb2(%b: i32):
  "cf.br"(%b) [^bb3] : (i32) -> ()
^bb3(%r: i32):
  "foo.switch"(%r) [^bb4, ^bb4, ^bb5] {cases = [1, 2]} : (i32) -> ()
^bb4:
  "func.return"(%r) : (i32) -> ()
^bb5:
  "foo.term"() : () -> ()
}) : () -> ()
"foo.graph"() ({
  "foo.jump"()[^bb1] <{kind = 1 : i32}> : () -> ()
^bb1:
  "foo.loop"()[^bb1, ^bb2] : () -> ()
^bb2:
  "foo.end"() : () -> ()
}) : () -> ()
