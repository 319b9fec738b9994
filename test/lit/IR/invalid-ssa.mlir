// RUN: jopt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

// Errors about SSA values: undeclared and redefined names, uses whose types
// disagree, result numbers and result groups.

func.func @undeclared() {
  // expected-error @+1 {{use of undeclared SSA value name}}
  "foo.use"(%undef) : (i32) -> ()
  return
}

// -----

// A graph region allows forward references, but they must be defined.
"foo.graph"() ({
  // expected-error @+1 {{use of undeclared SSA value name}}
  "foo.use"(%never) : (i32) -> ()
}) : () -> ()

// -----

// Values defined in a nested region are not visible after it.
func.func @scoping() {
  "foo.r"() ({
    %v = arith.constant 1 : i32
    "foo.y"() : () -> ()
  }) : () -> ()
  // expected-error @+1 {{use of undeclared SSA value name}}
  %0 = arith.addi %v, %v : i32
  return
}

// -----

func.func @redefinition() {
  // expected-note @+1 {{previously defined here}}
  %0 = "foo.a"() : () -> i32
  // expected-error @+1 {{redefinition of SSA value '%0'}}
  %0 = "foo.b"() : () -> i32
  return
}

// -----

// expected-note @+1 {{previously defined here}}
func.func @redefine_argument(%a: i32) {
  // expected-error @+1 {{redefinition of SSA value '%a'}}
  %a = "foo.b"() : () -> i32
  return
}

// -----

// expected-error @+2 {{region entry argument '%a' is already in use}}
// expected-note @+1 {{previously referenced here}}
func.func @duplicate_argument(%a: i32, %a: i32) {
  return
}

// -----

func.func @type_mismatch() {
  // expected-note @+1 {{prior use here}}
  %0 = "foo.a"() : () -> i32
  // expected-error @+1 {{use of value '%0' expects different type than prior uses: 'i64' vs 'i32'}}
  "foo.use"(%0) : (i64) -> ()
  return
}

// -----

// A forward reference whose definition has another type.
// expected-note @+1 {{previously used here with type 'i64'}}
"foo.use"(%x) : (i64) -> ()
// expected-error @+1 {{definition of SSA value '%x#0' has type 'i32'}}
%x = "foo.a"() : () -> i32

// -----

%0:2 = "foo.a"() : () -> (i32, i32)
// expected-error @+1 {{reference to invalid result number}}
"foo.use"(%0#5) : (i32) -> ()

// -----

// expected-error @+1 {{operation defines 1 results but was provided 2 to bind}}
%a:2 = "foo.x"() : () -> (i1)

// -----

// expected-error @+1 {{operation defines 2 results but was provided 1 to bind}}
%a = "foo.x"() : () -> (i1, i1)

// -----

// expected-error @+1 {{cannot name an operation with no results}}
%a = "foo.x"() : () -> ()

// -----

// expected-error @+1 {{expected named operation to have at least 1 result}}
%f:0 = "foo.none"() : () -> ()

// -----

// expected-error @+1 {{invalid SSA name}}
"foo.a"(%) : () -> ()
