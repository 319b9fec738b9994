// RUN: not jopt %s 2>&1 | FileCheck %s --strict-whitespace

// Without --allow-unregistered-dialect, a generic op of an unknown dialect is
// rejected; the error points at the token after the quoted op name.

// CHECK: {{^}}{{.*}}error-caret-unregistered.mlir:[[@LINE+4]]:15: error: operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used{{$}}
// CHECK-NEXT: {{^}}%0 = "foo.bar"() : () -> i32{{$}}
// CHECK-NEXT: {{^}}              ^{{$}}
// CHECK-NOT: {{.}}
%0 = "foo.bar"() : () -> i32
