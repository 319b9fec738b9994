// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// CHECK-LABEL: "func.func"() <{function_type = (i32) -> i32, sym_name = "target", sym_visibility = "private"}> ({
// CHECK-NEXT:  }) : () -> ()
func.func private @target(i32) -> i32

// CHECK-LABEL: "func.func"() <{function_type = (i32) -> i32, sym_name = "indirect"}> ({
// CHECK-NEXT:  ^bb0(%arg0: i32):
// CHECK-NEXT:  %0 = "func.constant"() <{value = @target}> : () -> ((i32) -> i32)
// CHECK-NEXT:  %1 = "func.call_indirect"(%0, %arg0) : ((i32) -> i32, i32) -> i32
// CHECK-NEXT:  "func.return"(%1) : (i32) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @indirect(%a: i32) -> i32 {
  %f = func.constant @target : (i32) -> i32
  %0 = func.call_indirect %f(%a) : (i32) -> i32
  return %0 : i32
}
