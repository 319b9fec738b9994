// RUN: jopt %s --allow-unregistered-dialect --split-input-file --verify-diagnostics

// Errors about blocks and successors.

func.func @undefined() {
  // expected-error @+1 {{reference to an undefined block}}
  cf.br ^missing
}

// -----

// Blocks are local to their region.
"foo.a"() ({
  // expected-error @+1 {{reference to an undefined block}}
  "foo.br"()[^outer] : () -> ()
}) : () -> ()
"foo.b"() ({
^outer:
  "foo.end"() : () -> ()
}) : () -> ()

// -----

func.func @redefined() {
  cf.br ^bb1
^bb1:
  cf.br ^bb1
// expected-error @+1 {{redefinition of block '^bb1'}}
^bb1:
  return
}

// -----

func.func @duplicate_block_arg() {
  return
// expected-note @+2 {{previously defined here}}
// expected-error @+1 {{redefinition of SSA value '%a'}}
^bb1(%a: i32, %a: i32):
  return
}

// -----

func.func @block_arg_without_type() {
  return
// expected-error @+1 {{expected ':' and type for SSA operand}}
^bb1(%a i32):
  return
}

// -----

func.func @label_without_colon() {
  return
// expected-error @+1 {{expected ':' after block name}}
^bb1
  return
}

// -----

// expected-error @+1 {{entry block of region may not have predecessors}}
func.func @entry_has_preds() {
^bb0:
  cf.br ^bb0
}

// -----

func.func @successor_operand_type(%c: i32) {
  // expected-error @+1 {{type mismatch for bb argument #0 of successor #0}}
  cf.br ^bb1(%c : i32)
^bb1(%y: i64):
  return
}

// -----

// expected-error @+1 {{invalid block name}}
"foo.a"()[^] : () -> ()

// -----

// expected-error @+1 {{expected ',' or ']'}}
"foo.b"()[^bb1 : () -> ()
