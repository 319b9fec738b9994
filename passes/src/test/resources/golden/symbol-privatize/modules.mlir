module {
  module @other {
  }
  module {
  }
}
