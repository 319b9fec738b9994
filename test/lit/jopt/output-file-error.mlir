// RUN: not jopt %s -o %t.dir/does/not/exist.mlir 2>&1 | FileCheck %s

// An output file that cannot be created is an error naming the file.

// CHECK: cannot open output file '{{.*}}does/not/exist.mlir': No such file or directory
func.func @f() {
  return
}
