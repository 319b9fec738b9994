// RUN: jopt %s --split-input-file --verify-diagnostics

// Operand constraints quote upstream's summaries.

func.func @int_op_on_float(%a: f32) {
  // expected-error @+1 {{'arith.addi' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = arith.addi %a, %a : f32
  return
}

// -----

func.func @float_op_on_int(%a: i32) {
  // expected-error @+1 {{'arith.mulf' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = arith.mulf %a, %a : i32
  return
}

// -----

func.func @signed_int(%a: si32) {
  // expected-error @+1 {{'arith.subi' op operand #0 must be signless-integer-like, but got 'si32'}}
  %0 = "arith.subi"(%a, %a) <{overflowFlags = #arith.overflow<none>}> : (si32, si32) -> si32
  return
}

// -----

func.func @mixed_types(%a: i32, %b: i64) {
  // expected-error @+1 {{'arith.andi' op requires the same type for all operands and results}}
  %0 = "arith.andi"(%a, %b) : (i32, i64) -> i32
  return
}

// -----

func.func @mixed_result(%a: f32) {
  // expected-error @+1 {{'arith.divf' op requires the same type for all operands and results}}
  %0 = "arith.divf"(%a, %a) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f64
  return
}

// -----

func.func @vector_to_scalar(%a: vector<4xi32>) {
  // expected-error @+1 {{'arith.xori' op requires the same type for all operands and results}}
  %0 = "arith.xori"(%a, %a) : (vector<4xi32>, vector<4xi32>) -> i32
  return
}

// -----

func.func @extended_types(%a: i32) {
  // expected-error @+1 {{'arith.addui_extended' op failed to verify that all of {lhs, rhs, sum} have same type}}
  %0:2 = "arith.addui_extended"(%a, %a) : (i32, i32) -> (i64, i1)
  return
}

// -----

func.func @extended_overflow(%a: i32) {
  // expected-error @+1 {{'arith.addui_extended' op result #1 must be bool-like, but got 'i32'}}
  %0:2 = "arith.addui_extended"(%a, %a) : (i32, i32) -> (i32, i32)
  return
}

// -----

func.func @extended_scalar_overflow(%a: vector<4xi32>) {
  // expected-error @+1 {{'arith.addui_extended' op if an operand is non-scalar, then all results must be non-scalar}}
  %0:2 = "arith.addui_extended"(%a, %a) : (vector<4xi32>, vector<4xi32>) -> (vector<4xi32>, i1)
  return
}

// -----

func.func @mul_extended(%a: i32, %b: i16) {
  // expected-error @+1 {{'arith.mulsi_extended' op failed to verify that all of {lhs, rhs, low, high} have same type}}
  %0:2 = "arith.mulsi_extended"(%a, %b) : (i32, i16) -> (i32, i32)
  return
}

// -----

func.func @exact_on_ceildiv(%a: i32) {
  // expected-error @+1 {{expected ':'}}
  %0 = arith.ceildivsi %a, %a exact : i32
  return
}
