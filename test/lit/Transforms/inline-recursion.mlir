// RUN: jopt %s --inline | FileCheck %s
// inline: recursion through another SCC (f calls g, g and h call each other) ends: a call brought in by inlining
// a callee is not inlined into a chain that already went through that callee (MLIR's inline history).
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func @f
// CHECK-NEXT: %0 = call @g(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @g
// CHECK-NEXT: %0 = call @h(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @h
// CHECK-NEXT: %0 = call @g(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32

func.func @f(%a: i32) -> i32 {
  %0 = call @g(%a) : (i32) -> i32
  return %0 : i32
}
func.func @g(%a: i32) -> i32 {
  %0 = call @h(%a) : (i32) -> i32
  return %0 : i32
}
func.func @h(%a: i32) -> i32 {
  %0 = call @g(%a) : (i32) -> i32
  return %0 : i32
}
