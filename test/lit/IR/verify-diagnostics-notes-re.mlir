// RUN: jopt %s --split-input-file --verify-diagnostics

// expected-note for the notes attached to an error, and expected-error-re,
// whose {{...}} parts inside the message are regular expressions.

func.func @dom() -> i32 {
  // expected-error @+1 {{operand #0 does not dominate this use}}
  %0 = arith.addi %1, %1 : i32
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %1 = arith.constant 1 : i32
  return %0 : i32
}

// -----

func.func @dom_region(%c: i1) -> i32 {
  cf.cond_br %c, ^a, ^b
^a:
  // expected-note @+1 {{operand defined here (op in the same region)}}
  %v = arith.constant 1 : i32
  cf.br ^b
^b:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  return %v : i32
}

// -----

// The note about a block argument points at the op that owns the region.
// expected-note @+1 {{operand defined as a block argument (block #1 in the same region)}}
func.func @dom_block_arg(%c: i1) -> i1 {
  cf.cond_br %c, ^a(%c : i1), ^b
^a(%x: i1):
  cf.br ^b
^b:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  return %x : i1
}

// -----

func.func @re() -> i32 {
  %0 = arith.constant 0 : i64
  // expected-error-re @+1 {{type of return operand {{[0-9]+}} ('i{{(32|64)}}') doesn't match function result type ('i{{[0-9]+}}')}}
  return %0 : i64
}

// -----

func.func @re_anchors() -> i32 {
  %0 = arith.constant 0 : i64
  // expected-error-re @+1 {{{{^}}type of return operand 0 {{.*}} in function @re_anchors{{$}}}}
  return %0 : i64
}
