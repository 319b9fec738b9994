// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// CHECK-LABEL: "func.func"() <{function_type = (i32) -> i32, sym_name = "callee", sym_visibility = "private"}> ({
// CHECK-NEXT:  }) : () -> ()
func.func private @callee(i32) -> i32

// CHECK-LABEL: "func.func"() <{function_type = (i32) -> i32, sym_name = "calls"}> ({
// CHECK-NEXT:  ^bb0(%arg0: i32):
// CHECK-NEXT:  %0 = "func.call"(%arg0) <{callee = @callee}> : (i32) -> i32
// CHECK-NEXT:  %1 = "func.call"(%0) <{arg_attrs = [{my.x}], callee = @callee, no_inline, res_attrs = [{my.y}]}> : (i32) -> i32
// CHECK-NEXT:  "func.return"(%1) : (i32) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @calls(%a: i32) -> i32 {
  %0 = call @callee(%a) : (i32) -> i32
  %1 = call @callee(%0) {no_inline, arg_attrs = [{my.x}], res_attrs = [{my.y}]} : (i32) -> i32
  return %1 : i32
}
