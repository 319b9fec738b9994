// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefixes=CHECK,GENERIC
// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s --check-prefixes=CHECK,CUSTOM
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s --check-prefixes=CHECK,CUSTOM

// Successor lists in the generic form: `(operands)[^succ, ...]`, printed
// with no space before the '['. Successor operands are ordinary operands (the
// op decides which go to which successor). A block may be listed more than
// once; its predecessor comment then lists the predecessor each time.

// GENERIC: "func.func"() <{function_type = (i1, i32) -> i32, sym_name = "f"}> ({
// GENERIC-NEXT: ^bb0(%arg0: i1, %arg1: i32):
// GENERIC-NEXT: "cf.cond_br"(%arg0, %arg1, %arg1)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
// CUSTOM: func.func @f(%arg0: i1, %arg1: i32) -> i32 {
// CUSTOM-NEXT: cf.cond_br %arg0, ^bb1(%arg1 : i32), ^bb2(%arg1 : i32)
// CHECK-NEXT: ^bb1(%0: i32):  // pred: ^bb0
// GENERIC-NEXT: "cf.br"(%0)[^bb3] : (i32) -> ()
// CUSTOM-NEXT: cf.br ^bb3(%0 : i32)
// CHECK-NEXT: ^bb2(%1: i32):  // pred: ^bb0
// GENERIC-NEXT: "cf.br"(%1)[^bb3] : (i32) -> ()
// CUSTOM-NEXT: cf.br ^bb3(%1 : i32)
// CHECK-NEXT: ^bb3(%2: i32):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT: "foo.switch"(%2)[^bb4, ^bb4, ^bb5] {cases = [1, 2]} : (i32) -> ()
// CHECK-NEXT: ^bb4:  // 2 preds: ^bb3, ^bb3
// GENERIC-NEXT: "func.return"(%2) : (i32) -> ()
// CUSTOM-NEXT: return %2 : i32
// CHECK-NEXT: ^bb5:  // pred: ^bb3
// CHECK-NEXT: "foo.term"() : () -> ()
"func.func"() <{function_type = (i1, i32) -> i32, sym_name = "f"}> ({
^bb0(%c: i1, %x: i32):
  "cf.cond_br"(%c, %x, %x) [^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
^bb1(%a: i32):
  "cf.br"(%a) [^bb3] : (i32) -> ()
^bb2(%b: i32):
  "cf.br"(%b) [^bb3] : (i32) -> ()
^bb3(%r: i32):
  "foo.switch"(%r) [^bb4, ^bb4, ^bb5] {cases = [1, 2]} : (i32) -> ()
^bb4:
  "func.return"(%r) : (i32) -> ()
^bb5:
  "foo.term"() : () -> ()
}) : () -> ()

// Successors without operands, and an op with successors and properties.
// CHECK-LABEL: "foo.graph"
// CHECK: "foo.jump"()[^bb1] <{kind = 1 : i32}> : () -> ()
// CHECK-NEXT: ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: "foo.loop"()[^bb1, ^bb2] : () -> ()
// CHECK-NEXT: ^bb2:  // pred: ^bb1
// CHECK-NEXT: "foo.end"() : () -> ()
"foo.graph"() ({
  "foo.jump"()[^bb1] <{kind = 1 : i32}> : () -> ()
^bb1:
  "foo.loop"()[^bb1, ^bb2] : () -> ()
^bb2:
  "foo.end"() : () -> ()
}) : () -> ()
