// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// CHECK-LABEL: "func.func"() <{function_type = (index, index) -> (index, i1, index), sym_name = "extended"}> ({
// CHECK-NEXT:  ^bb0(%arg0: index, %arg1: index):
// CHECK-NEXT:  %0:2 = "arith.addui_extended"(%arg0, %arg1) : (index, index) -> (index, i1)
// CHECK-NEXT:  %1:2 = "arith.mului_extended"(%arg0, %arg1) : (index, index) -> (index, index)
// CHECK-NEXT:  "func.return"(%0#0, %0#1, %1#1) : (index, i1, index) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @extended(%a: index, %b: index) -> (index, i1, index) {
  %0:2 = arith.addui_extended %a, %b : index, i1
  %1:2 = arith.mului_extended %a, %b : index
  return %0#0, %0#1, %1#1 : index, i1, index
}
