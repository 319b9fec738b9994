"foo.use"(%later) : (i32) -> ()
%later = "foo.def"() : () -> i32
"foo.graph"() ({
  %a = "foo.add"(%b, %b) : (i32, i32) -> i32
  %b = "foo.add"(%a, %a) : (i32, i32) -> i32
  "foo.self"(%s) : (i32) -> ()
  %s = "foo.selfdef"(%s) : (i32) -> i32
}) : () -> ()
func.func @blocks(%c: i1) -> i32 {
  cf.br ^def
^use:
  return %v : i32
^def:
  %v = "foo.def"() : () -> i32
  cf.br ^use
}
