// RUN: jopt %s --verify-diagnostics

// Where an expected-* directive points. The same verifier error is raised in
// every function and matched through each kind of line designator:
//   (none)  the line of the directive itself;
//   @+N/@-N that many lines below/above;
//   @below  the next line holding no expected-* directive;
//   @above  the previous line holding no expected-* directive.
// Expected messages match as substrings. The functions are verified
// independently, so every one of them reports its error.

func.func @plus_one() -> i32 {
  %0 = arith.constant 0 : i64
  // expected-error @+1 {{type of return operand 0 ('i64') doesn't match function result type ('i32') in function @plus_one}}
  return %0 : i64
}

func.func @minus_one() -> i32 {
  %0 = arith.constant 0 : i64
  return %0 : i64
  // expected-error @-1 {{doesn't match function result type}}
}

func.func @same_line() -> i32 {
  %0 = arith.constant 0 : i64
  return %0 : i64 // expected-error {{doesn't match}}
}

func.func @plus_two() -> i32 {
  // expected-error @+2 {{in function @plus_two}}
  %0 = arith.constant 0 : i64
  return %0 : i64
}

func.func @minus_three() -> i32 {
  %0 = arith.constant 0 : i64
  return %0 : i64
  // A comment line in between.
  // expected-error @-2 {{in function @minus_three}}
}

func.func @below() -> i32 {
  %0 = arith.constant 0 : i64
  // expected-error @below {{in function @below}}
  return %0 : i64
}

func.func @above() -> i32 {
  %0 = arith.constant 0 : i64
  return %0 : i64
  // expected-error @above {{in function @above}}
}

func.func @no_space() -> i32 {
  %0 = arith.constant 0 : i64
  // expected-error@+1 {{in function @no_space}}
  return %0 : i64
}
