// RUN: jopt --list-dialects --list-passes --plugins-dir %example_plugins | FileCheck %s
// RUN: jopt --list-dialects --list-passes | FileCheck %s --check-prefix=BUILTIN

// --list-dialects and --list-passes say where each entry came from: [builtin] or [plugin <id>].

// CHECK-LABEL: Available Dialects:
// CHECK-DAG:   arith [builtin]
// CHECK-DAG:   example [plugin example-dialect]
// CHECK-LABEL: Available Passes:
// CHECK-DAG:   --example-drop-neg-under-square [plugin example-dialect] - Rewrite example.square(example.neg(x)) to example.square(x)
// CHECK-DAG:   --strip-debuginfo [builtin] - Strip debug info from all operations

// BUILTIN-NOT: example
