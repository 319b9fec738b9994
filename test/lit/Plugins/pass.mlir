// RUN: jopt %s --plugins-dir %example_plugins --example-drop-neg-under-square | FileCheck %s
// RUN: jopt %s --plugins-dir %example_plugins --pass-pipeline='builtin.module(func.func(example-drop-neg-under-square))' | FileCheck %s
// RUN: jopt %s --plugins-dir %example_plugins --pass-pipeline='builtin.module(func.func(example-drop-neg-under-square))' --dump-pass-pipeline 2>&1 >/dev/null | FileCheck %s --check-prefix=PIPELINE
// RUN: not jopt %s --example-drop-neg-under-square 2>&1 | FileCheck %s --check-prefix=NOPLUGIN

// The example plugin's pass is a flag and a pipeline element like a built-in one.

// CHECK-LABEL: func.func @f(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = example.neg %arg0 : i32
// CHECK-NEXT:    %1 = example.square %arg0 : i32
// CHECK-NEXT:    return %1 : i32

// PIPELINE:      builtin.module(
// PIPELINE-NEXT:   func.func(
// PIPELINE-NEXT:     example-drop-neg-under-square

// NOPLUGIN: Unknown command line argument '--example-drop-neg-under-square'
func.func @f(%x: i32) -> i32 {
  %0 = example.neg %x : i32
  %1 = example.square %0 : i32
  return %1 : i32
}
