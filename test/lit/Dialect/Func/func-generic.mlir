// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// The generic form: function_type, sym_name, sym_visibility, arg_attrs/res_attrs (all dictionaries, empty ones
// included) are properties; other attributes are discardable.

// CHECK-LABEL: "func.func"() <{arg_attrs = [{my.a}, {}], function_type = (i32, f32) -> i64, res_attrs = [{my.r}], sym_name = "decl", sym_visibility = "private"}> ({
// CHECK-NEXT:  }) : () -> ()
func.func private @decl(i32 {my.a}, f32) -> (i64 {my.r})
// CHECK-LABEL: "func.func"() <{arg_attrs = [{}, {my.b}], function_type = (i32, f32) -> i32, sym_name = "def"}> ({
// CHECK-NEXT:  ^bb0(%arg0: i32, %arg1: f32):
// CHECK-NEXT:  "func.return"(%arg0) : (i32) -> ()
// CHECK-NEXT:  }) {my.tag} : () -> ()
func.func @def(%a: i32, %b: f32 {my.b}) -> i32 attributes {my.tag} {
  return %a : i32
}
// CHECK-LABEL: "func.func"() <{function_type = () -> (i1, i1), sym_name = "nested", sym_visibility = "nested"}> ({
// CHECK-NEXT:  }) {sym.other = 1 : i64} : () -> ()
func.func nested @nested() -> (i1, i1) attributes {sym.other = 1 : i64}
