module attributes {test.simple} {
  func.func private @dead_private()
  func.func nested @dead_nested()
  func.func private @live_private()
  func.func nested @live_nested()
  func.func @public() {
    "foo.return"() {uses = [@live_private, @live_nested]} : () -> ()
  }
}
