// RUN: jopt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

// Lexical errors: characters that start no token, unterminated strings,
// sigils without a name.

// expected-error @+1 {{unexpected character}}
$

// -----

// expected-error @+1 {{unexpected character}}
"foo.a"() : () -> () ~

// -----

// expected-error @+1 {{unexpected character}}
`

// -----

// expected-error @+1 {{expected '"' in string literal}}
"foo.a"() {s = "unterminated} : () -> ()

// -----

// A string literal may not span lines.
// expected-error @+1 {{expected '"' in string literal}}
"foo.a"() {s = "line
break"} : () -> ()

// -----

// expected-error @+1 {{expected '"' in string literal}}
"foo.a() : () -> ()

// -----

// expected-error @+1 {{unknown escape in string literal}}
"foo.a"() {x = "\xZ"} : () -> ()

// -----

// expected-error @+1 {{invalid SSA name}}
%

// -----

// expected-error @+1 {{invalid attribute name}}
"foo.a"() {x = #} : () -> ()

// -----

// expected-error @+1 {{invalid type identifier}}
"foo.a"() : () -> !

// -----

// expected-error @+1 {{@ identifier expected to start with letter or '_'}}
"foo.a"() {x = @} : () -> ()

// -----

// expected-error @+1 {{expected operation name in quotes}}
"foo.a"() : () -> () }

// -----

// C-style comments do not exist.
// expected-error @+1 {{expected operation name in quotes}}
/* comment */

// -----

// expected-error @+1 {{empty operation name is invalid}}
"" () : () -> ()
