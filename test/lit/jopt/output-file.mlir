// RUN: jopt %s -o %t | count 0
// RUN: FileCheck %s < %t
// RUN: cat %t | FileCheck %s
// RUN: jopt %s -o - | FileCheck %s
// RUN: jopt %t | FileCheck %s

// -o FILE writes the output to FILE and nothing to stdout; -o - is stdout.
// The output file can be read back.

// CHECK: module {
// CHECK-NEXT: func.func @f(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: }
func.func @f(%x: i32) -> i32 {
  return %x : i32
}
