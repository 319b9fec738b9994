module @outer {
  module @inner attributes {sym_visibility = "private"} {
    func.func nested @used() { return }
    func.func nested @unused() { return }
    func.func private @callee() { return }
    func.func nested @caller() {
      func.call @callee() : () -> ()
      return
    }
  }
  func.func private @dead_chain_a() {
    func.call @dead_chain_b() : () -> ()
    return
  }
  func.func private @dead_chain_b() {
    func.call @dead_chain_a() : () -> ()
    return
  }
  func.func @main() attributes {refs = [@inner::@used, @inner::@caller, @missing::@x]} {
    return
  }
  memref.global "private" @g : memref<4xi32>
  memref.global "private" @g_used : memref<4xi32>
  func.func @use_global() -> memref<4xi32> {
    %0 = memref.get_global @g_used : memref<4xi32>
    return %0 : memref<4xi32>
  }
}
