// RUN: jopt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

// Ops that are isolated from above (func.func, builtin.module) may not use
// values defined outside them. The error is on the using op; a note points
// at the isolated op.

%x = "foo.v"() : () -> i32
// expected-note @+1 {{required by region isolation constraints}}
func.func @uses_module_value() -> i32 {
  // expected-error @+1 {{'func.return' op using value defined outside the region}}
  return %x : i32
}

// -----

// Also from inside a nested, non-isolated region.
%x = "foo.v"() : () -> i32
// expected-note @+1 {{required by region isolation constraints}}
func.func @nested_use() {
  "foo.r"() ({
    // expected-error @+1 {{'foo.use' op using value defined outside the region}}
    "foo.use"(%x) : (i32) -> ()
  }) : () -> ()
  return
}

// -----

func.func @module_in_func(%x: i32) {
  // expected-note @+1 {{required by region isolation constraints}}
  builtin.module {
    // expected-error @+1 {{'foo.use' op using value defined outside the region}}
    "foo.use"(%x) : (i32) -> ()
  }
  return
}

// -----

// A function nested in a function fails earlier, on the symbol table.
func.func @outer(%x: i32) {
  // expected-error @+1 {{'func.func' op symbol's parent must have the SymbolTable trait}}
  func.func @inner() -> i32 {
    return %x : i32
  }
  return
}
