// RUN: jopt %s --split-input-file --verify-diagnostics

// Without --allow-unregistered-dialect, anything of an unknown dialect is
// rejected: generic ops, custom ops, types and attributes.

// expected-error @+1 {{operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used}}
"foo.bar"() : () -> ()

// -----

// expected-error @+1 {{operation being parsed with an unregistered dialect}}
"nodot"() : () -> ()

// -----

func.func @f() -> i32 {
  // expected-error @+1 {{operation being parsed with an unregistered dialect}}
  %0 = "foo.x"() : () -> i32
  return %0 : i32
}

// -----

// A custom op of an unknown dialect; the note lists the known dialects.
// expected-error @+2 {{Dialect `foo' not found for custom op 'foo.bar'}}
// expected-note @+1 {{Available dialects:}}
foo.bar

// -----

// An unknown op of a registered dialect, generic and custom.
// expected-error @+1 {{unregistered operation 'func.bogus' found in dialect ('func') that does not allow unknown operations}}
"func.bogus"() : () -> ()

// -----

func.func @g(%x: i32) {
  // expected-error @+1 {{custom op 'arith.bogus' is unknown}}
  arith.bogus %x
  return
}

// -----

// expected-error @+1 {{type created with unregistered dialect}}
func.func private @t(!foo.bar)

// -----

// expected-error @+1 {{attribute created with unregistered dialect}}
func.func private @a() attributes {x = #foo.attr}
