// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// cf.br: "$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict". Blocks print predecessor comments.

// CHECK-LABEL: func.func @loop(%arg0: index) -> index {
// CHECK-NEXT:  %c0 = arith.constant 0 : index
// CHECK-NEXT:  cf.br ^bb1(%c0 : index)
// CHECK-NEXT:  ^bb1(%0: index):  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT:  %1 = arith.cmpi sge, %0, %arg0 : index
// CHECK-NEXT:  cf.cond_br %1, ^bb3, ^bb2
// CHECK-NEXT:  ^bb2:  // pred: ^bb1
// CHECK-NEXT:  %c1 = arith.constant 1 : index
// CHECK-NEXT:  %2 = arith.addi %0, %c1 : index
// CHECK-NEXT:  cf.br ^bb1(%2 : index)
// CHECK-NEXT:  ^bb3:  // pred: ^bb1
// CHECK-NEXT:  return %0 : index
// CHECK-NEXT:  }
func.func @loop(%n: index) -> index {
  %c0 = arith.constant 0 : index
  cf.br ^header(%c0 : index)
^header(%i: index):
  %done = arith.cmpi sge, %i, %n : index
  cf.cond_br %done, ^exit, ^body
^body:
  %c1 = arith.constant 1 : index
  %next = arith.addi %i, %c1 : index
  cf.br ^header(%next : index)
^exit:
  return %i : index
}

// CHECK-LABEL: func.func @several_args(%arg0: i32, %arg1: f32) -> f32 {
// CHECK-NEXT:  cf.br ^bb1(%arg0, %arg1, %arg0 : i32, f32, i32)
// CHECK-NEXT:  ^bb1(%0: i32, %1: f32, %2: i32):  // pred: ^bb0
// CHECK-NEXT:  cf.br ^bb2 {my.tag}
// CHECK-NEXT:  ^bb2:  // pred: ^bb1
// CHECK-NEXT:  return %arg1 : f32
// CHECK-NEXT:  }
func.func @several_args(%a: i32, %b: f32) -> f32 {
  cf.br ^bb1(%a, %b, %a : i32, f32, i32)
^bb1(%x: i32, %y: f32, %z: i32):
  cf.br ^bb2 {my.tag}
^bb2:
  return %b : f32
}
