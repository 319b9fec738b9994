// RUN: jopt %s --plugins-dir %example_plugins --canonicalize | FileCheck %s

// canonicalize applies the canonicalization pattern that the example plugin's op definition carries:
// example.neg(example.neg(x)) is x, and the dead negations go.

// CHECK-LABEL: func.func @f(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = example.square %arg0 : i32
// CHECK-NEXT:    return %0 : i32

// CHECK-LABEL: func.func @single(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = example.neg %arg0 : i32
// CHECK-NEXT:    return %0 : i32
func.func @f(%x: i32) -> i32 {
  %0 = example.neg %x : i32
  %1 = example.neg %0 : i32
  %2 = example.square %1 : i32
  return %2 : i32
}

func.func @single(%x: i32) -> i32 {
  %0 = example.neg %x : i32
  return %0 : i32
}
