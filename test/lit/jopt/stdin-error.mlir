// RUN: not jopt < %s 2>&1 | FileCheck %s --strict-whitespace

// Diagnostics for input read from stdin name the buffer <stdin>.

// CHECK: {{^}}<stdin>:[[@LINE+4]]:10: error: use of undeclared SSA value name{{$}}
// CHECK-NEXT: {{^}}  return %missing : i32{{$}}
// CHECK-NEXT: {{^}}         ^{{$}}
func.func @f() -> i32 {
  return %missing : i32
}
