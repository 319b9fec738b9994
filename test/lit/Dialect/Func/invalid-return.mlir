// RUN: jopt %s --split-input-file --verify-diagnostics --allow-unregistered-dialect

func.func @count(%a: i32) -> (i32, f32) {
  // expected-error @+1 {{'func.return' op has 1 operands, but enclosing function (@count) returns 2}}
  func.return %a : i32
}

// -----

func.func @type(%a: i32) -> f32 {
  // expected-error @+1 {{type of return operand 0 ('i32') doesn't match function result type ('f32') in function @type}}
  func.return %a : i32
}

// -----

"builtin.module"() ({
  // expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
  "func.return"() : () -> ()
}) : () -> ()

// -----

func.func @nested() -> i32 {
  %x = arith.constant 0 : i32
  %y = "test.region"() ({
    // expected-error @+1 {{'func.return' op expects parent op 'func.func'}}
    func.return %x : i32
  }) : () -> i32
  return %x : i32
}

// -----

func.func @not_last(%a: i32) -> i32 {
  // expected-error @+1 {{'func.return' op must be the last operation in the parent block}}
  func.return %a : i32
  %b = arith.addi %a, %a : i32
}
