// RUN: not jopt %s --split-input-file --verify-diagnostics 2>&1 | FileCheck %s
// RUN: not jopt %s --split-input-file --verify-diagnostics 2>/dev/null | FileCheck %s --check-prefix=OUT

// What --verify-diagnostics reports when expectations and diagnostics do not
// match: an error for each diagnostic nobody expected ("unexpected error:
// ..." at the diagnostic's location) and for each expectation that was not
// met ("expected <kind> "<text>" was not produced" at the directive). Then
// jopt fails. mlir-opt reports the unmet expectations after all chunks have
// been processed, so the order is not checked here.

// CHECK-DAG: verify-diagnostics-mismatch.mlir:[[@LINE+3]]:6: error: expected warning "a warning that never comes" was not produced
// CHECK-DAG: verify-diagnostics-mismatch.mlir:[[@LINE+4]]:6: error: expected remark "a remark that never comes" was not produced
func.func @f() -> i32 {
  // expected-warning @+1 {{a warning that never comes}}
  %0 = arith.constant 0 : i32
  // expected-remark @-1 {{a remark that never comes}}
  return %0 : i32
}

// -----

// CHECK-DAG: verify-diagnostics-mismatch.mlir:[[@LINE+3]]:3: error: unexpected error: type of return operand 0 ('i64') doesn't match function result type ('i32') in function @g
func.func @g() -> i32 {
  %0 = arith.constant 0 : i64
  return %0 : i64
}

// -----

// CHECK-DAG: verify-diagnostics-mismatch.mlir:[[@LINE+4]]:6: error: expected error "wrong text" was not produced
// CHECK-DAG: verify-diagnostics-mismatch.mlir:[[@LINE+4]]:3: error: unexpected error: type of return operand 0 ('i64') doesn't match function result type ('i32') in function @h
func.func @h() -> i32 {
  %0 = arith.constant 0 : i64
  // expected-error @+1 {{wrong text}}
  return %0 : i64
}

// -----

// A parse error nobody expected, and an expectation that is not met.
// CHECK-DAG: verify-diagnostics-mismatch.mlir:[[@LINE+2]]:4: error: expected error "expected 'i32'" was not produced
// CHECK-DAG: verify-diagnostics-mismatch.mlir:[[@LINE+2]]:8: error: unexpected error: operation being parsed with an unregistered dialect
// expected-error @+1 {{expected 'i32'}}
"foo.x"() : () -> ()

// Chunks that pass are still printed; the others print nothing.
// OUT: func.func @f() -> i32 {
// OUT-NEXT: %c0_i32 = arith.constant 0 : i32
// OUT-NEXT: return %c0_i32 : i32
// OUT-NEXT: }
// OUT-NEXT: }
// OUT-EMPTY:
// OUT-NEXT: //{{ }}-----
// OUT-NEXT: //{{ }}-----
// OUT-NEXT: //{{ }}-----
// OUT-NOT: {{.}}
