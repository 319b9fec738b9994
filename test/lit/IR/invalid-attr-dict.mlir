// RUN: jopt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

// Malformed attribute dictionaries and containers.

// expected-error @+1 {{expected attribute value}}
"foo.op"() {a = } : () -> ()

// -----

// No trailing comma.
// expected-error @+1 {{expected attribute name}}
"foo.op"() {a = 1,} : () -> ()

// -----

// expected-error @+1 {{expected attribute name}}
"foo.op"() {= 1} : () -> ()

// -----

// expected-error @+1 {{expected attribute name}}
"foo.op"() {1 = 2} : () -> ()

// -----

// expected-error @+1 {{expected valid attribute name}}
"foo.op"() {"" = 1} : () -> ()

// -----

// expected-error @+1 {{duplicate key 'a' in dictionary attribute}}
"foo.op"() {a = 1, a = 2} : () -> ()

// -----

// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.op"() {a : 1} : () -> ()

// -----

// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.op"() {a = {b = 1} : () -> ()

// -----

// The missing '}' makes ': () -> ()' the type of the integer.
// expected-error @+1 {{integer literal not valid for specified type}}
"foo.op"() {a = 1 : () -> ()

// -----

// expected-error @+1 {{expected non-function type}}
"foo.op"() {a = 1 : } : () -> ()

// -----

// expected-error @+1 {{expected ',' or ']'}}
"foo.op"() {a = [1, 2} : () -> ()

// -----

// expected-error @+1 {{expected ',' or ']'}}
"foo.op"() {a = [1 2]} : () -> ()

// -----

// expected-error @+1 {{expected attribute value}}
"foo.op"() {a = [} : () -> ()

// -----

// expected-error @+1 {{expected '>' to close an array attribute}}
"foo.op"() {a = array<i32: 1} : () -> ()

// -----

// expected-error @+1 {{expected ':' after dense array type}}
"foo.op"() {a = array<i32 1>} : () -> ()

// -----

// expected-error @+1 {{expected integer literal}}
"foo.op"() {a = array<i32: 1, x>} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range}}
"foo.op"() {a = array<i8: 300>} : () -> ()

// -----

// The error comes with a note suggesting a trailing dot, which is reported too.
// expected-error @+2 {{unexpected decimal integer literal for a floating point value}}
// expected-note @+1 {{add a trailing dot to make the literal a float}}
"foo.op"() {a = array<f32: 1>} : () -> ()

// -----

// expected-error @+1 {{expected integer or float type, got: 'tensor<2xi32>'}}
"foo.op"() {a = array<tensor<2xi32>: 1>} : () -> ()

// -----

// expected-error @+1 {{element type bitwidth must be a multiple of 8}}
"foo.op"() {a = array<i3: 1>} : () -> ()
