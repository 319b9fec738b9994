// RUN: jopt %s --split-input-file --verify-diagnostics

// Calls and func.constant check their callee once the enclosing symbol table is verified.

func.func @missing() {
  // expected-error @+1 {{'func.call' op 'nope' does not reference a valid function}}
  func.call @nope() : () -> ()
  return
}

// -----

func.func private @g(i32)
func.func @operand_count() {
  // expected-error @+1 {{'func.call' op incorrect number of operands for callee}}
  func.call @g() : () -> ()
  return
}

// -----

func.func private @g(i32)
func.func @operand_type(%x: f32) {
  // expected-error @+1 {{'func.call' op operand type mismatch: expected operand type 'i32', but provided 'f32' for operand number 0}}
  func.call @g(%x) : (f32) -> ()
  return
}

// -----

func.func private @g() -> i32
func.func @result_count() {
  // expected-error @+1 {{'func.call' op incorrect number of results for callee}}
  func.call @g() : () -> ()
  return
}

// -----

func.func private @g() -> i32
func.func @result_type() {
  // expected-error @+3 {{'func.call' op result type mismatch at index 0}}
  // expected-note @+2 {{      op result types: 'f32'}}
  // expected-note @+1 {{function result types: 'i32'}}
  %0 = func.call @g() : () -> f32
  return
}

// -----

func.func @nested_ref(%a: i32) {
  // expected-error @+1 {{'func.call' op attribute 'callee' failed to satisfy constraint: flat symbol reference attribute}}
  %0 = "func.call"(%a) {callee = @a::@b} : (i32) -> i32
  return
}

// -----

func.func @constant_missing() {
  // expected-error @+1 {{'func.constant' op reference to undefined function 'nope'}}
  %0 = func.constant @nope : () -> ()
  return
}

// -----

func.func private @g() -> i32
func.func @constant_type() {
  // expected-error @+1 {{'func.constant' op reference to function with mismatched type}}
  %0 = func.constant @g : () -> f32
  return
}

// -----

func.func @indirect_callee(%a: i32) {
  // expected-error @+1 {{'func.call_indirect' op operand #0 must be function type, but got 'i32'}}
  %y = "func.call_indirect"(%a) : (i32) -> i32
  return
}

// -----

func.func @indirect_results(%a: i32, %fn: (i32) -> i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee result types match result types}}
  %0 = "func.call_indirect"(%fn, %a) : ((i32) -> i32, i32) -> f32
  return
}

// -----

func.func @indirect_inputs(%a: f32, %fn: (i32) -> i32) {
  // expected-error @+1 {{'func.call_indirect' op failed to verify that callee input types match argument types}}
  %0 = "func.call_indirect"(%fn, %a) : ((i32) -> i32, f32) -> i32
  return
}
