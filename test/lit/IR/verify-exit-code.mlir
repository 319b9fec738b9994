// RUN: not jopt %s --split-input-file > %t.out 2> %t.err
// RUN: FileCheck %s --check-prefix=OUT < %t.out
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// RUN: jopt %s --split-input-file --verify-diagnostics | FileCheck %s --check-prefix=OUT

// Exit status: jopt fails when any chunk has a parse or verifier error, but
// still prints the chunks that succeeded (and the separators). With
// --verify-diagnostics it succeeds when every diagnostic was expected.

// OUT: func.func @good() {
// OUT-NEXT: return
// OUT-NEXT: }
// OUT-NEXT: }
// OUT-EMPTY:
// OUT-NEXT: //{{ }}-----
// OUT-NEXT: //{{ }}-----
// OUT-NEXT: //{{ }}-----
// OUT-NEXT: module {
// OUT-NEXT: func.func @also_good() {
func.func @good() {
  return
}

// -----

// ERR: error: use of undeclared SSA value name
func.func @parse_error() {
  // expected-error @+1 {{use of undeclared SSA value name}}
  return %nope : i32
}

// -----

// ERR: error: type of return operand 0 ('i64') doesn't match function result type ('i32') in function @verify_error
func.func @verify_error() -> i32 {
  %0 = arith.constant 0 : i64
  // expected-error @+1 {{doesn't match function result type}}
  return %0 : i64
}

// -----

func.func @also_good() {
  return
}
