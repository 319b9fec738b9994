// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Declarations (no body) spell argument types only, with their dialect attributes. A single result is printed
// bare unless it has attributes or is itself a function type.

// CHECK-LABEL: func.func private @no_args()
func.func private @no_args()
// CHECK-LABEL: func.func private @types(i32, f32) -> (i64, i1)
func.func private @types(i32, f32) -> (i64, i1)
// CHECK-LABEL: func.func private @one_result(index) -> index
func.func private @one_result(index) -> index
// CHECK-LABEL: func.func private @empty_results()
func.func private @empty_results() -> ()
// CHECK-LABEL: func.func private @named_args(i32 {my.noalias}, f32) -> (i32 {my.res = 1 : i32})
func.func private @named_args(%arg0: i32 {my.noalias}, %x: f32) -> (i32 {my.res = 1 : i32})
// CHECK-LABEL: func.func private @function_result() -> ((i32) -> i32)
func.func private @function_result() -> ((i32) -> i32)
// CHECK-LABEL: func.func private @function_results() -> ((i32) -> i32, i1)
func.func private @function_results() -> ((i32) -> i32, i1)
// CHECK-LABEL: func.func private @function_arg((i32) -> (), i8 {my.a, my.b = "s"})
func.func private @function_arg((i32) -> (), i8 {my.a, my.b = "s"})
// CHECK-LABEL: func.func nested @nested_decl() attributes {my.tag = 2 : i64}
func.func nested @nested_decl() attributes {my.tag = 2}
// CHECK-LABEL: func.func private @result_attrs() -> (i32 {my.a}, f32, i8 {my.b})
func.func private @result_attrs() -> (i32 {my.a}, f32, i8 {my.b})
