// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Block labels are renumbered ^bb0, ^bb1, ... in order within each region
// (nested regions start again at ^bb0); the entry block's label is omitted
// in the custom form of func.func. Each non-entry block gets a comment with
// its predecessors: "// no predecessors", "// pred: ^bbN", or
// "// K preds: ..." sorted by block number, a block listed once per edge.
// Blocks may be referenced before they are defined.

// CHECK-LABEL: func.func @f(%arg0: i1) {
// CHECK-NEXT: cf.br ^bb3
// CHECK-NEXT: ^bb1:  // no predecessors
// CHECK-NEXT: cf.br ^bb3
// CHECK-NEXT: ^bb2:  // pred: ^bb2
// CHECK-NEXT: cf.cond_br %arg0, ^bb2, ^bb3
// CHECK-NEXT: ^bb3:  // 3 preds: ^bb0, ^bb1, ^bb2
// CHECK-NEXT: "foo.r"() ({
// CHECK-NEXT: "foo.br"()[^bb1] : () -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: "foo.end"() : () -> ()
// CHECK-NEXT: }) : () -> ()
// CHECK-NEXT: cf.br ^bb4
// CHECK-NEXT: ^bb4:  // pred: ^bb3
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @f(%c: i1) {
  cf.br ^exit
^dead:
  cf.br ^exit
^loop:
  cf.cond_br %c, ^loop, ^exit
^exit:
  "foo.r"() ({
    "foo.br"()[^inner] : () -> ()
  ^inner:
    "foo.end"() : () -> ()
  }) : () -> ()
  cf.br ^last
^last:
  return
}

// Predecessors are sorted by block number, not by order of use.
// CHECK-LABEL: func.func @h(%arg0: i1) {
// CHECK-NEXT: cf.cond_br %arg0, ^bb3, ^bb2
// CHECK-NEXT: ^bb1:  // 2 preds: ^bb2, ^bb3
// CHECK-NEXT: return
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb3:  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb1
func.func @h(%c: i1) {
  cf.cond_br %c, ^b3, ^b2
^b1:
  return
^b2:
  cf.br ^b1
^b3:
  cf.br ^b1
}

// A block listed twice by one terminator, plus a self loop.
// CHECK-LABEL: func.func @k(%arg0: i1) {
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:  // 3 preds: ^bb0, ^bb1, ^bb1
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb1
func.func @k(%c: i1) {
  cf.br ^b1
^b1:
  cf.cond_br %c, ^b1, ^b1
}
