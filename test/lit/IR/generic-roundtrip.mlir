// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt --mlir-print-op-generic | FileCheck %s

// Input written entirely in the generic form is printed back in the generic
// form unchanged, apart from value names (see ssa-generic-unique-ids.mlir
// for how mlir-opt numbers them in the generic form).

// CHECK-LABEL: "builtin.module"() ({
// CHECK-NEXT: "func.func"() <{function_type = (i32, i32, i1) -> i32, sym_name = "compute"}> ({
// CHECK-NEXT: ^bb0(%[[A:arg[0-9]+]]: i32, %[[B:arg[0-9]+]]: i32, %[[C:arg[0-9]+]]: i1):
// CHECK-NEXT: %[[ONE:[0-9]+]] = "arith.constant"() <{value = 1 : i32}> : () -> i32
// CHECK-NEXT: %[[SUM:[0-9]+]] = "arith.addi"(%[[A]], %[[B]]) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// CHECK-NEXT: "cf.cond_br"(%[[C]], %[[SUM]])[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 1>}> : (i1, i32) -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: %[[M:[0-9]+]] = "arith.muli"(%[[SUM]], %[[ONE]]) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
// CHECK-NEXT: "cf.br"(%[[M]])[^bb2] : (i32) -> ()
// CHECK-NEXT: ^bb2(%[[R:[0-9]+]]: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: "func.return"(%[[R]]) : (i32) -> ()
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: "func.func"() <{function_type = (f32) -> f32, sym_name = "ext", sym_visibility = "private"}> ({
// CHECK-NEXT: }) {foo = "bar"} : () -> ()
// CHECK-NEXT: "func.func"() <{function_type = (f32) -> f32, sym_name = "callit"}> ({
// CHECK-NEXT: ^bb0(%[[X:arg[0-9]+]]: f32):
// CHECK-NEXT: %[[CALL:[0-9]+]] = "func.call"(%[[X]]) <{callee = @ext}> : (f32) -> f32
// CHECK-NEXT: %[[ADD:[0-9]+]] = "arith.addf"(%[[CALL]], %[[CALL]]) <{fastmath = #arith.fastmath<fast>}> : (f32, f32) -> f32
// CHECK-NEXT: %[[SQRT:[0-9]+]] = "math.sqrt"(%[[ADD]]) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
// CHECK-NEXT: "func.return"(%[[SQRT]]) : (f32) -> ()
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: }) : () -> ()
"builtin.module"() ({
  "func.func"() <{function_type = (i32, i32, i1) -> i32, sym_name = "compute"}> ({
  ^bb0(%a: i32, %b: i32, %c: i1):
    %one = "arith.constant"() <{value = 1 : i32}> : () -> i32
    %sum = "arith.addi"(%a, %b) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    "cf.cond_br"(%c, %sum)[^then, ^exit] <{operandSegmentSizes = array<i32: 1, 0, 1>}> : (i1, i32) -> ()
  ^then:
    %m = "arith.muli"(%sum, %one) <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32
    "cf.br"(%m)[^exit] : (i32) -> ()
  ^exit(%r: i32):
    "func.return"(%r) : (i32) -> ()
  }) : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "ext", sym_visibility = "private"}> ({
  }) {foo = "bar"} : () -> ()
  "func.func"() <{function_type = (f32) -> f32, sym_name = "callit"}> ({
  ^bb0(%x: f32):
    %0 = "func.call"(%x) <{callee = @ext}> : (f32) -> f32
    %1 = "arith.addf"(%0, %0) <{fastmath = #arith.fastmath<fast>}> : (f32, f32) -> f32
    %2 = "math.sqrt"(%1) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
    "func.return"(%2) : (f32) -> ()
  }) : () -> ()
}) : () -> ()
