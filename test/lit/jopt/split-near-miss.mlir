// RUN: jopt %s --allow-unregistered-dialect --split-input-file 2>&1 | FileCheck %s

// A line with a shortened split marker (two slashes, a space, and three or
// four dashes) does not split the input; mlir-opt warns about the near miss.

// CHECK-DAG: split-near-miss.mlir:[[@LINE+6]]:7: warning: near miss with file split marker
// CHECK-DAG: split-near-miss.mlir:[[@LINE+8]]:7: warning: near miss with file split marker
// CHECK-DAG: "foo.a"() : () -> ()
// CHECK-DAG: "foo.b"() : () -> ()
// CHECK-DAG: "foo.c"() : () -> ()
"foo.a"() : () -> ()
// ---
"foo.b"() : () -> ()

// ----
"foo.c"() : () -> ()
