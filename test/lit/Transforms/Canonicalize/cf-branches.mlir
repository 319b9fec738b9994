// RUN: jopt %s --allow-unregistered-dialect --canonicalize | FileCheck %s
// cf.br / cf.cond_br / cf.assert canonicalization: merged blocks, pass-through branches (not into a cycle of
// branches, which would be collapsed forever), constant and repeated conditions, identical successors (selects),
// truth propagation, asserts of true.
// CHECK lines: what mlir-opt 22 prints for the same input.

// CHECK-LABEL: func.func @br_chain
// CHECK-NEXT: return %arg0 : i32
// CHECK-LABEL: func.func @pass_through
// CHECK-NEXT: %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT: %1 = arith.addi %0, %0 : i32
// CHECK-NEXT: return %1 : i32
// CHECK-LABEL: func.func @const_cond
// CHECK-NEXT: return %arg0 : i32
// CHECK-LABEL: func.func @identical
// CHECK-NEXT: %0 = arith.select %arg0, %arg1, %arg2 : i32
// CHECK-NEXT: return %0, %arg3 : i32, f32
// CHECK-LABEL: func.func @same_condition
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2(%arg2 : i32)
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.foo"() : () -> ()
// CHECK-NEXT: cf.br ^bb2(%arg1 : i32)
// CHECK-NEXT: ^bb2(%0: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @truth
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.use"(%true) : (i1) -> ()
// CHECK-NEXT: return %true : i1
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: "test.use"(%false) : (i1) -> ()
// CHECK-NEXT: return %false : i1
// CHECK-LABEL: func.func @assert
// CHECK-NEXT: cf.assert %arg0, "maybe"
// CHECK-NEXT: return
// CHECK-LABEL: func.func @loop
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: cf.br ^bb1
// CHECK-LABEL: func.func @weights
// CHECK-NEXT: cf.cond_br %arg0 weights([3, 5]), ^bb2(%arg1 : i32), ^bb1
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "test.x"() : () -> ()
// CHECK-NEXT: cf.br ^bb2(%arg1 : i32)
// CHECK-NEXT: ^bb2(%0: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @identical_other_preds
// CHECK-NEXT: cf.cond_br %arg1, ^bb1, ^bb2(%arg2 : i32)
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: cf.cond_br %arg0, ^bb2(%arg2 : i32), ^bb2(%arg3 : i32)
// CHECK-NEXT: ^bb2(%0: i32):  // 3 preds: ^bb0, ^bb1, ^bb1
// CHECK-NEXT: return %0 : i32
// CHECK-LABEL: func.func @truth_two_preds
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: cf.cond_br %arg1, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: cf.cond_br %arg0, ^bb2, ^bb3
// CHECK-NEXT: ^bb2:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: "test.use"(%arg0) : (i1) -> ()
// CHECK-NEXT: return
// CHECK-NEXT: ^bb3:  // pred: ^bb1
// CHECK-NEXT: "test.use"(%false) : (i1) -> ()
// CHECK-NEXT: return
// CHECK-LABEL: func.func @args_used_elsewhere
// CHECK-NEXT: return %arg1 : i32
// CHECK-LABEL: func.func @cycle
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT: cf.br ^bb2
// CHECK-NEXT: ^bb2:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: cf.br ^bb1

func.func @br_chain(%a: i32) -> i32 {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  cf.br ^bb2(%x : i32)
^bb2(%y: i32):
  return %y : i32
}

func.func @pass_through(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2(%b : i32)
^bb1:
  cf.br ^bb3(%a : i32)
^bb2(%z: i32):
  cf.br ^bb3(%z : i32)
^bb3(%r: i32):
  %s = arith.addi %r, %r : i32
  cf.br ^bb4
^bb4:
  return %s : i32
}

func.func @const_cond(%a: i32, %b: i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %t, ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%x: i32):
  return %x : i32
}

func.func @identical(%c: i1, %a: i32, %b: i32, %d: f32) -> (i32, f32) {
  cf.cond_br %c, ^bb1(%a, %d : i32, f32), ^bb1(%b, %d : i32, f32)
^bb1(%x: i32, %y: f32):
  return %x, %y : i32, f32
}

func.func @same_condition(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb3(%b : i32)
^bb1:
  "test.foo"() : () -> ()
  cf.cond_br %c, ^bb3(%a : i32), ^bb2
^bb2:
  "test.bar"() : () -> ()
  cf.br ^bb3(%b : i32)
^bb3(%r: i32):
  return %r : i32
}

func.func @truth(%c: i1) -> i1 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.use"(%c) : (i1) -> ()
  return %c : i1
^bb2:
  "test.use"(%c) : (i1) -> ()
  return %c : i1
}

func.func @assert(%c: i1) {
  %t = arith.constant true
  cf.assert %t, "never"
  cf.assert %c, "maybe"
  return
}

func.func @loop(%a: i32) {
  cf.br ^bb1
^bb1:
  cf.br ^bb1
}
func.func @weights(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c weights([3, 5]), ^bb1, ^bb2
^bb1:
  cf.br ^bb3(%a : i32)
^bb2:
  "test.x"() : () -> ()
  cf.br ^bb3(%a : i32)
^bb3(%r: i32):
  return %r : i32
}
func.func @identical_other_preds(%c: i1, %d: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %d, ^bb0, ^bb1(%a : i32)
^bb0:
  cf.cond_br %c, ^bb1(%a : i32), ^bb1(%b : i32)
^bb1(%x: i32):
  return %x : i32
}

func.func @truth_two_preds(%c: i1, %d: i1) {
  cf.cond_br %d, ^bb0, ^bb1
^bb0:
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "test.use"(%c) : (i1) -> ()
  return
^bb2:
  "test.use"(%c) : (i1) -> ()
  return
}

func.func @args_used_elsewhere(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2
^bb1(%x: i32):
  %y = arith.addi %x, %x : i32
  cf.br ^bb2
^bb2:
  return %a : i32
}

func.func @cycle(%c: i1) {
  cf.cond_br %c, ^a, ^b
^a:
  cf.br ^b
^b:
  cf.br ^a
}
