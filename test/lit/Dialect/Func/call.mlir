// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// func.call: "$callee `(` $operands `)` attr-dict `:` functional-type($operands, results)".

// CHECK-LABEL: func.func private @callee(i32, f32) -> (i64, i1)
func.func private @callee(i32, f32) -> (i64, i1)
// CHECK-LABEL: func.func private @no_results()
func.func private @no_results()

// CHECK-LABEL: func.func @calls(%arg0: i32, %arg1: f32) -> i64 {
// CHECK-NEXT:  %0:2 = call @callee(%arg0, %arg1) : (i32, f32) -> (i64, i1)
// CHECK-NEXT:  %1:2 = call @callee(%arg0, %arg1) {no_inline} : (i32, f32) -> (i64, i1)
// CHECK-NEXT:  call @no_results() : () -> ()
// CHECK-NEXT:  call @no_results() {arg_attrs = [], my.tag, res_attrs = []} : () -> ()
// CHECK-NEXT:  return %0#0 : i64
// CHECK-NEXT:  }
func.func @calls(%a: i32, %b: f32) -> i64 {
  %0:2 = func.call @callee(%a, %b) : (i32, f32) -> (i64, i1)
  %1:2 = call @callee(%a, %b) {no_inline} : (i32, f32) -> (i64, i1)
  call @no_results() : () -> ()
  call @no_results() {my.tag, arg_attrs = [], res_attrs = []} : () -> ()
  return %0#0 : i64
}

// CHECK-LABEL: func.func @recursive(%arg0: index) -> index {
// CHECK-NEXT:  %0 = call @recursive(%arg0) : (index) -> index
// CHECK-NEXT:  return %0 : index
// CHECK-NEXT:  }
func.func @recursive(%n: index) -> index {
  %0 = call @recursive(%n) : (index) -> index
  return %0 : index
}
