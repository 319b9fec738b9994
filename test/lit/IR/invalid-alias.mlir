// RUN: jopt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

// Errors in alias definitions and uses.

// expected-error @+1 {{undefined symbol alias id 'undefined'}}
"foo.a"() {x = #undefined} : () -> ()

// -----

// expected-error @+1 {{undefined symbol alias id 'undefined'}}
func.func private @f(!undefined)

// -----

// Only the trailing location of an op may refer to a later alias; it still
// has to be defined somewhere.
// expected-error @+1 {{operation location alias was never defined}}
"foo.a"() : () -> () loc(#undefined)

// -----

// Attribute aliases must be defined before they are used.
// expected-error @+1 {{undefined symbol alias id 'later'}}
"foo.a"() {x = #later} : () -> ()
#later = 1

// -----

#a = 1
// expected-error @+1 {{redefinition of attribute alias id 'a'}}
#a = 2

// -----

!a = i32
// expected-error @+1 {{redefinition of type alias id 'a'}}
!a = i64

// -----

// expected-error @+1 {{attribute names with a '.' are reserved for dialect-defined names}}
#a.b = 1

// -----

// expected-error @+1 {{type names with a '.' are reserved for dialect-defined names}}
!a.b = i32

// -----

// expected-error @+1 {{expected '=' in attribute alias definition}}
#a 1

// -----

// expected-error @+1 {{expected non-function type}}
!a = 5
