module {
  module @pubmod {
    func.func private @dead()
    func.func nested @nest() { return }
    func.func @pub() { return }
  }
  module @privmod attributes {sym_visibility = "private"} {
    func.func @pub() { return }
    func.func nested @nest() { return }
  }
  module @used attributes {sym_visibility = "private"} {
    func.func nested @pub() { return }
    func.func nested @pub2() { return }
  }
  module @usednest attributes {sym_visibility = "nested"} {
    func.func nested @pub() { return }
  }
  func.func @user() {
    "foo.x"() {ref = @used::@pub} : () -> ()
    scf.execute_region {
      "foo.y"() {ref = @priv2} : () -> ()
      scf.yield
    }
    return
  }
  func.func private @priv2()
  func.func private @priv3()
}
