// RUN: not jopt %s 2>&1 | FileCheck %s --strict-whitespace

// A malformed type in a signature: the caret points at the token where the
// parser gave up (the '>' where an 'x' and an element type were expected).

// CHECK: {{^}}{{.*}}error-caret-type.mlir:[[@LINE+4]]:37: error: expected 'x' in dimension list{{$}}
// CHECK-NEXT: {{^}}func.func private @f(i32, tensor<2x?>){{$}}
// CHECK-NEXT: {{^}}                                    ^{{$}}
// CHECK-NOT: {{.}}
func.func private @f(i32, tensor<2x?>)
