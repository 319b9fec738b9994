// RUN: jopt %s --plugins-dir %example_plugins | FileCheck %s
// RUN: jopt %s --plugins-dir %example_plugins --print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: jopt %s --plugins-dir %example_plugins | jopt --plugins-dir %example_plugins | FileCheck %s
// RUN: not jopt %s 2>&1 | FileCheck %s --check-prefix=NOPLUGIN

// The example plugin's dialect parses, verifies and prints in its custom form, loaded from a plugin jar only.

// CHECK-LABEL: func.func @f(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = example.neg %arg0 : i32
// CHECK-NEXT:    %1 = example.square %0 : i32
// CHECK-NEXT:    return %1 : i32

// GENERIC: %0 = "example.neg"(%arg0) : (i32) -> i32
// GENERIC: %1 = "example.square"(%0) : (i32) -> i32

// NOPLUGIN: error: Dialect `example' not found for custom op 'example.neg'
func.func @f(%x: i32) -> i32 {
  %0 = example.neg %x : i32
  %1 = example.square %0 : i32
  return %1 : i32
}
