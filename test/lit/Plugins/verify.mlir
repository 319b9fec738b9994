// RUN: not jopt %s --plugins-dir %example_plugins 2>&1 | FileCheck %s

// The plugin's op definitions are verified like built-in ones.

// CHECK: error: 'example.square' op requires the same type for all operands and results
func.func @f(%x: i32) -> i64 {
  %0 = "example.square"(%x) : (i32) -> i64
  return %0 : i64
}
