// OPTIONS: exclude=keep,named
module {
  func.func @a() { return }
  func.func nested @b() { return }
  func.func private @c()
  func.func @keep() { return }
  module {
    func.func @inner() { return }
  }
  module @named {
  }
  "test.sym"() {sym_name = "x"} : () -> ()
}
