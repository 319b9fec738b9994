// RUN: jopt --list-dialects --list-passes --plugins-dir %example_plugins | FileCheck %s
// RUN: jopt --list-dialects --list-passes | FileCheck %s --check-prefix=BUILTIN

// --list-dialects and --list-passes say where each entry came from, at the end of its line: [builtin] or
// [plugin <id>].

// CHECK-LABEL: Available Dialects:
// CHECK-DAG:   arith [builtin]
// CHECK-DAG:   example [plugin example-dialect]
// CHECK-LABEL: Available Passes:
// CHECK-DAG:   --example-drop-neg-under-square - Rewrite example.square(example.neg(x)) to example.square(x) [plugin example-dialect]
// CHECK-DAG:   --strip-debuginfo - Strip debug info from all operations [builtin]

// BUILTIN-NOT: example
