// RUN: jopt --list-dialects | FileCheck %s

// --list-dialects names the registered dialects and exits. (mlir-opt spells
// this option --show-dialects and prints the names comma-separated on one
// line, separated by commas; the patterns below accept either layout.)

// CHECK: Available Dialects:
// CHECK-DAG: {{(^|[ ,])}}builtin{{(,|$| )}}
// CHECK-DAG: {{(^|[ ,])}}func{{(,|$| )}}
// CHECK-DAG: {{(^|[ ,])}}arith{{(,|$| )}}
// CHECK-DAG: {{(^|[ ,])}}math{{(,|$| )}}
// CHECK-DAG: {{(^|[ ,])}}cf{{(,|$| )}}
// CHECK-DAG: {{(^|[ ,])}}scf{{(,|$| )}}
// CHECK-DAG: {{(^|[ ,])}}memref{{(,|$| )}}
