// RUN: jopt %s --mlir-print-debuginfo | FileCheck %s
// RUN: jopt %s --mlir-print-debuginfo | jopt --mlir-print-debuginfo | FileCheck %s

// Argument locations follow the argument's type and attributes, spelled inline (not as #loc aliases).

// CHECK: func.func @f(%arg0: i32 loc("x"), %arg1: f32 {my.a} loc("y")) {
func.func @f(%a: i32 loc("x"), %b: f32 {my.a} loc("y")) {
  return
}

// CHECK: func.func private @decl(i32, f32 {my.b})
func.func private @decl(i32 loc("p"), f32 {my.b} loc("q"))
