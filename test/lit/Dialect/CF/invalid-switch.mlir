// RUN: jopt %s --split-input-file --verify-diagnostics

func.func @case_count(%c: i32) {
  // expected-error @+1 {{'cf.switch' op number of case values (2) should match number of case destinations (1)}}
  "cf.switch"(%c)[^bb1, ^bb1] <{case_operand_segments = array<i32: 0>, case_values = dense<[1, 2]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb1:
  return
}

// -----

func.func @case_type(%c: i32) {
  // expected-error @+1 {{'cf.switch' op 'flag' type ('i32') should match case value type ('i64')}}
  "cf.switch"(%c)[^bb1, ^bb1] <{case_operand_segments = array<i32: 0>, case_values = dense<[1]> : vector<1xi64>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb1:
  return
}

// -----

func.func @case_operands(%c: i32) {
  // expected-error @+1 {{branch has 1 operands for successor #1, but target block has 0}}
  cf.switch %c : i32, [
    default: ^bb1,
    1: ^bb1(%c : i32)
  ]
^bb1:
  return
}

// -----

func.func @segments(%c: i32) {
  // expected-error @+1 {{'cf.switch' op caseOperands count (1) does not match with the total size (0) specified in attribute 'case_operand_segments'}}
  "cf.switch"(%c, %c)[^bb1, ^bb1] <{case_operand_segments = array<i32: 0>, case_values = dense<[5]> : vector<1xi32>, operandSegmentSizes = array<i32: 1, 0, 1>}> : (i32, i32) -> ()
^bb1:
  return
}

// -----

func.func @missing_segments(%c: i32) {
  // expected-error @+1 {{'cf.switch' op requires attribute 'case_operand_segments'}}
  "cf.switch"(%c)[^bb1] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i32) -> ()
^bb1:
  return
}

// -----

func.func @index_flag(%c: index) {
  // expected-error @+1 {{invalid kind of type specified: expected builtin.integer, but found 'index'}}
  cf.switch %c : index, [
    default: ^bb1
  ]
^bb1:
  return
}

// -----

func.func @generic_index_flag(%c: index) {
  // expected-error @+1 {{'cf.switch' op operand #0 must be integer, but got 'index'}}
  "cf.switch"(%c)[^bb1] <{case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (index) -> ()
^bb1:
  return
}

// -----

func.func @too_large(%c: i64) {
  cf.switch %c : i64, [
    default: ^bb1,
    // expected-error @+1 {{integer value too large}}
    9223372036854775808: ^bb1
  ]
^bb1:
  return
}
