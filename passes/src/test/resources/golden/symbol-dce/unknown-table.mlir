func.func @user() {
  "foo.region"() ({
    "foo.y"() {ref = @f} : () -> ()
  }) : () -> ()
  return
}
