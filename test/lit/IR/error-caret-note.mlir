// RUN: not jopt %s 2>&1 | FileCheck %s --strict-whitespace

// A note attached to an error is printed after it in the same format, with
// its own source line and caret.

// CHECK: {{^}}{{.*}}error-caret-note.mlir:[[@LINE+9]]:3: error: redefinition of SSA value '%0'{{$}}
// CHECK-NEXT: {{^}}  %0 = arith.constant 1 : i32{{$}}
// CHECK-NEXT: {{^}}  ^{{$}}
// CHECK-NEXT: {{^}}{{.*}}error-caret-note.mlir:[[@LINE+5]]:3: note: previously defined here{{$}}
// CHECK-NEXT: {{^}}  %0 = arith.constant 0 : i32{{$}}
// CHECK-NEXT: {{^}}  ^{{$}}
// CHECK-NOT: {{.}}
func.func @f() -> i32 {
  %0 = arith.constant 0 : i32
  %0 = arith.constant 1 : i32
  return %0 : i32
}
