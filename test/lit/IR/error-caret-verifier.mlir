// RUN: not jopt %s 2>&1 | FileCheck %s --strict-whitespace

// A verifier error is reported at the op's location. Outside of
// --verify-diagnostics, mlir-opt attaches a note showing the failing op in
// the generic form (the note has no source line: it is at the same
// location as the error).

// CHECK: {{^}}{{.*}}error-caret-verifier.mlir:[[@LINE+7]]:3: error: type of return operand 0 ('i32') doesn't match function result type ('i64') in function @f{{$}}
// CHECK-NEXT: {{^}}  return %0 : i32{{$}}
// CHECK-NEXT: {{^}}  ^{{$}}
// CHECK-NEXT: {{^}}{{.*}}error-caret-verifier.mlir:[[@LINE+4]]:3: note: see current operation: "func.return"(%0) : (i32) -> (){{$}}
// CHECK-NOT: {{.}}
func.func @f() -> i64 {
  %0 = arith.constant 0 : i32
  return %0 : i32
}
