// RUN: not jopt %s --allow-unregistered-dialect 2>&1 | FileCheck %s --strict-whitespace

// An unterminated string is reported at the end of its line.

// CHECK: {{^}}{{.*}}error-caret-string.mlir:[[@LINE+4]]:41: error: expected '"' in string literal{{$}}
// CHECK-NEXT: {{^}}"foo.a"() {s = "unterminated} : () -> (){{$}}
// CHECK-NEXT: {{^}}                                        ^{{$}}
// CHECK-NOT: {{.}}
"foo.a"() {s = "unterminated} : () -> ()
