// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Definitions name their arguments (%argN when printed), keep argument/result attributes next to the types and
// put other attributes after `attributes`. Inside a func.func, func ops may be written without the `func.` prefix.

// CHECK-LABEL: func.func @identity(%arg0: i32) -> i32 {
// CHECK-NEXT:  return %arg0 : i32
// CHECK-NEXT:  }
func.func @identity(%a: i32) -> i32 {
  func.return %a : i32
}

// CHECK-LABEL: func.func public @explicit_public() {
// CHECK-NEXT:  return
// CHECK-NEXT:  }
func.func public @explicit_public() {
  return
}

// CHECK-LABEL: func.func @with_attrs(%arg0: i32 {my.attr = "x"}, %arg1: f32) -> (i32 {res.a}, f32) attributes {my.flag, passthrough = ["x"]} {
// CHECK-NEXT:  return %arg0, %arg1 : i32, f32
// CHECK-NEXT:  }
func.func @with_attrs(%a: i32 {my.attr = "x"}, %b: f32) -> (i32 {res.a}, f32) attributes {passthrough = ["x"], my.flag} {
  return %a, %b : i32, f32
}

// CHECK-LABEL: func.func private @private_body(%arg0: index) -> index {
// CHECK-NEXT:  return %arg0 : index
// CHECK-NEXT:  }
func.func private @private_body(%a: index) -> index {
  return %a : index
}

// CHECK-LABEL: func.func @empty_result_list() {
// CHECK-NEXT:  return
// CHECK-NEXT:  }
func.func @empty_result_list() -> () attributes {} {
  return
}

// CHECK-LABEL: func.func @blocks(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT:  cf.cond_br %arg0, ^bb1, ^bb2(%arg1 : i32)
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:  return %arg1 : i32
// CHECK-NEXT:  ^bb2(%0: i32):  // pred: ^bb0
// CHECK-NEXT:  return %0 : i32
// CHECK-NEXT:  }
func.func @blocks(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2(%a : i32)
^bb1:
  return %a : i32
^bb2(%b: i32):
  return %b : i32
}
