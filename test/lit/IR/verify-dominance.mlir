// RUN: jopt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

// Dominance errors found by the verifier, with the note telling where the
// operand is defined.

func.func @same_block() -> i32 {
  // expected-error @+1 {{operand #0 does not dominate this use}}
  %0 = arith.addi %1, %1 : i32
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %1 = arith.constant 1 : i32
  return %0 : i32
}

// -----

func.func @sibling_block(%c: i1) -> i32 {
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

func.func @parent_region() -> i32 {
  %r = scf.execute_region -> i32 {
    // expected-error @+1 {{operand #0 does not dominate this use}}
    scf.yield %w : i32
  }
  // expected-note @+1 {{operand defined here (op in a parent region)}}
  %w = arith.constant 1 : i32
  return %r : i32
}

// -----

// expected-note @+1 {{operand defined as a block argument (block #1 in the same region)}}
func.func @block_argument(%c: i1) -> i1 {
  cf.cond_br %c, ^a(%c : i1), ^b
^a(%x: i1):
  cf.br ^b
^b:
  // expected-error @+1 {{operand #0 does not dominate this use}}
  return %x : i1
}

// -----

// The operand index is the position of the offending operand.
func.func @second_operand(%a: i32) -> i32 {
  // expected-error @+1 {{operand #1 does not dominate this use}}
  %0 = arith.addi %a, %1 : i32
  // expected-note @+1 {{operand defined here (op in the same block)}}
  %1 = arith.constant 1 : i32
  return %0 : i32
}
