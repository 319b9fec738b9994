// RUN: not jopt %s 2>&1 | FileCheck %s --strict-whitespace

// A parse error is reported as `file:line:col: error: message`, followed by
// the source line and a caret under the column. Nothing is printed on
// stdout and jopt fails.

// CHECK: {{^}}{{.*}}error-caret-undeclared.mlir:[[@LINE+5]]:19: error: use of undeclared SSA value name{{$}}
// CHECK-NEXT: {{^}}  %0 = arith.addi %undef, %undef : i32{{$}}
// CHECK-NEXT: {{^}}                  ^{{$}}
// CHECK-NOT: {{.}}
func.func @f() -> i32 {
  %0 = arith.addi %undef, %undef : i32
  return %0 : i32
}
