// RUN: not jopt %t.does-not-exist.mlir 2>&1 | FileCheck %s

// A missing input file is an error naming the file and the reason.

// CHECK: cannot open input file '{{.*}}does-not-exist.mlir': No such file or directory
