// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// Generic forms: branch operands follow the condition/flag, grouped by operandSegmentSizes; switch keeps its case
// values as a dense vector of the flag type and the split of case operands in case_operand_segments.

// CHECK-LABEL: "func.func"() <{function_type = (i1, i32, i32) -> (), sym_name = "generic"}> ({
// CHECK-NEXT:  ^bb0(%arg1: i1, %arg2: i32, %arg3: i32):
// CHECK-NEXT:  "cf.assert"(%arg1) <{msg = "ok"}> : (i1) -> ()
// CHECK-NEXT:  "cf.cond_br"(%arg1, %arg2)[^bb1, ^bb2] <{branch_weights = array<i32: 3, 5>, operandSegmentSizes = array<i32: 1, 1, 0>}> : (i1, i32) -> ()
// CHECK-NEXT:  ^bb1(%0: i32):  // 3 preds: ^bb0, ^bb2, ^bb2
// CHECK-NEXT:  "cf.br"()[^bb2] : () -> ()
// CHECK-NEXT:  ^bb2:  // 3 preds: ^bb0, ^bb1, ^bb2
// CHECK-NEXT:  "cf.switch"(%arg3, %arg2, %arg3)[^bb1, ^bb2, ^bb1] <{case_operand_segments = array<i32: 0, 1>, case_values = dense<[-1, 2]> : vector<2xi32>, operandSegmentSizes = array<i32: 1, 1, 1>}> : (i32, i32, i32) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @generic(%c: i1, %a: i32, %flag: i32) {
  cf.assert %c, "ok"
  cf.cond_br %c weights([3, 5]), ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  cf.br ^bb2
^bb2:
  cf.switch %flag : i32, [
    default: ^bb1(%a : i32),
    -1: ^bb2,
    2: ^bb1(%flag : i32)
  ]
}

// CHECK-LABEL: "func.func"() <{function_type = (i64) -> (), sym_name = "empty_switch"}> ({
// CHECK-NEXT:  ^bb0(%arg0: i64):
// CHECK-NEXT:  "cf.switch"(%arg0)[^bb1] <{case_operand_segments = array<i32>, operandSegmentSizes = array<i32: 1, 0, 0>}> : (i64) -> ()
// CHECK-NEXT:  ^bb1:  // pred: ^bb0
// CHECK-NEXT:  "func.return"() : () -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @empty_switch(%flag: i64) {
  cf.switch %flag : i64, [
    default: ^bb1
  ]
^bb1:
  return
}
