// RUN: jopt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

// Malformed generic operations.

// expected-error @+1 {{expected ':' followed by operation type}}
"foo.a"() i32

// -----

// expected-error @+1 {{expected function type}}
%0 = "foo.a"() : i32

// -----

// expected-error @+1 {{expected non-function type}}
"foo.a"() : () ->

// -----

// expected-error @+1 {{expected ')'}}
"foo.b"() : () -> (i32

// -----

// Operand count and the number of operand types must agree.
%0 = "foo.a"() : () -> i32
// expected-error @+1 {{expected 2 operand types but had 1}}
"foo.b"(%0, %0) : (i32) -> ()

// -----

%0 = "foo.a"() : () -> i32
// expected-error @+1 {{expected 1 operand type}}
"foo.b"(%0) : (i32, i32) -> ()

// -----

// expected-error @+1 {{expected 0 operand types but had 1}}
"foo.b"() : (i32) -> ()

// -----

%0 = "foo.a"() : () -> i32
// expected-error @+1 {{expected ')' to end operand list}}
"foo.b"(%0 : () -> ()

// -----

// expected-error @+1 {{expected '>' to close properties}}
"foo.b"() <{a = 1} : () -> ()

// -----

// Properties must come before the regions and the attribute dictionary, and
// only once; so must the attribute dictionary.
// expected-error @+1 {{expected ':' followed by operation type}}
"foo.b"() <{a = 1}> <{b}> : () -> ()

// -----

// expected-error @+1 {{expected ':' followed by operation type}}
"foo.b"() {a = 1} {b} : () -> ()

// -----

"foo.b"() ({
  "foo.c"() : () -> ()
// expected-error @+1 {{expected ':' followed by operation type}}
}) ({
}) : () -> ()

// -----

"foo.b"() ({
  "foo.c"() : () -> ()
// expected-error @+1 {{expected ')' to end region list}}
} : () -> ()

// -----

// expected-error @+1 {{expected location instance}}
"foo.b"() : () -> () loc(1)

// -----

func.func @custom_missing_type(%a: i32) {
  // expected-error @+1 {{expected ':'}}
  %0 = arith.addi %a, %a
  return
}
