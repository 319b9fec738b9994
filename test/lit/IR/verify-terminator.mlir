// RUN: jopt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

// Terminator and block structure errors.

func.func @missing_terminator() {
  // expected-error @+1 {{block with no terminator, has %0 = "arith.constant"() <{value = 0 : i32}> : () -> i32}}
  %0 = arith.constant 0 : i32
}

// -----

func.func @return_not_last() -> i32 {
  %0 = arith.constant 0 : i32
  // expected-error @+1 {{'func.return' op must be the last operation in the parent block}}
  return %0 : i32
  %1 = arith.constant 1 : i32
}

// -----

func.func @two_returns() {
  // expected-error @+1 {{'func.return' op must be the last operation in the parent block}}
  return
  return
}

// -----

// A region with several blocks may not have an empty one.
func.func @empty_block() {
  // expected-error @+1 {{empty block: expect at least a terminator}}
  "foo.r"() ({
    "foo.y"() : () -> ()
  ^bb1:
  }) : () -> ()
  return
}

// -----

// expected-error @+1 {{custom op 'func.func' expected non-empty function body}}
func.func @empty_body() {
}

// -----

func.func @wrong_result_type() -> i32 {
  %0 = arith.constant 0 : i64
  // expected-error @+1 {{type of return operand 0 ('i64') doesn't match function result type ('i32') in function @wrong_result_type}}
  return %0 : i64
}

// -----

func.func @wrong_result_count() -> (i32, i32) {
  %0 = arith.constant 0 : i32
  // expected-error @+1 {{'func.return' op has 1 operands, but enclosing function (@wrong_result_count) returns 2}}
  return %0 : i32
}
