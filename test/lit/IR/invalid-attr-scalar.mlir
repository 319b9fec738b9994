// RUN: jopt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

// Invalid integer, float, string and symbol attributes.

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 256 : i8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = -129 : i8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 128 : si8} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 2 : i1} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 1 : i0} : () -> ()

// -----

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = 18446744073709551616 : ui64} : () -> ()

// -----

// Surprisingly, a negated zero is rejected for integer types.
// expected-error @+1 {{integer constant out of range for attribute}}
"foo.op"() {a = -0 : i32} : () -> ()

// -----

// expected-error @+1 {{negative integer literal not valid for unsigned integer type}}
"foo.op"() {a = -1 : ui8} : () -> ()

// -----

// expected-error @+1 {{integer literal not valid for specified type}}
"foo.op"() {a = 1 : none} : () -> ()

// -----

// expected-error @+1 {{integer literal not valid for specified type}}
"foo.op"() {a = 1 : tensor<i32>} : () -> ()

// -----

// expected-error @+1 {{floating point value not valid for specified type}}
"foo.op"() {a = 1.0 : i32} : () -> ()

// -----

// expected-error @+1 {{floating point value not valid for specified type}}
"foo.op"() {a = 1.0 : index} : () -> ()

// -----

// expected-error @+1 {{floating point value not valid for specified type}}
"foo.op"() {a = 1.0 : tensor<f32>} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float constant out of range for type}}
"foo.op"() {a = 0x7F80000000 : f32} : () -> ()

// -----

// expected-error @+1 {{hexadecimal float literal should not have a leading minus}}
"foo.op"() {a = -0x7F800000 : f32} : () -> ()

// -----

// '1e10' is the integer 1 followed by the identifier 'e10'.
// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.op"() {a = 1e10} : () -> ()

// -----

// expected-error @+1 {{expected three consecutive dots for an ellipsis}}
"foo.op"() {a = .5} : () -> ()

// -----

// There are no inf/nan keywords: use the hexadecimal form.
// expected-error @+1 {{expected attribute value}}
"foo.op"() {a = inf} : () -> ()

// -----

// expected-error @+1 {{unknown escape in string literal}}
"foo.op"() {a = "\q"} : () -> ()

// -----

// A hex escape needs two hex digits.
// expected-error @+1 {{unknown escape in string literal}}
"foo.op"() {a = "\4"} : () -> ()

// -----

// expected-error @+1 {{@ identifier expected to start with letter or '_'}}
"foo.op"() {a = @} : () -> ()

// -----

// expected-error @+1 {{expected nested symbol reference identifier}}
"foo.op"() {a = @a::b} : () -> ()

// -----

// expected-error @+1 {{expected '}' in attribute dictionary}}
"foo.op"() {a = unit : i32} : () -> ()
