// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s

// What dominance does not reject: uses before definitions in graph regions
// (the module body, regions of unregistered ops) and anything in blocks that
// are unreachable from the entry block.

// CHECK-LABEL: func.func @unreachable_use_before_def(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: ^bb1:  // no predecessors
// CHECK-NEXT: %0 = arith.addi %1, %1 : i32
// CHECK-NEXT: %1 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: return %0 : i32
func.func @unreachable_use_before_def(%x: i32) -> i32 {
  return %x : i32
^bb1:
  %a = arith.addi %b, %b : i32
  %b = arith.addi %x, %x : i32
  return %a : i32
}

// CHECK-LABEL: func.func @unreachable_blocks(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: ^bb1:  // pred: ^bb2
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: ^bb2:  // no predecessors
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: cf.br ^bb1
func.func @unreachable_blocks(%x: i32) -> i32 {
  return %x : i32
^bb1:
  return %v : i32
^bb2:
  %v = arith.addi %x, %x : i32
  cf.br ^bb1
}

// An unregistered op's region is not isolated: it may use outer values.
// CHECK-LABEL: func.func @outer_value(%arg0: i32) {
// CHECK-NEXT: "foo.isolated"() ({
// CHECK-NEXT: "foo.use"(%arg0) : (i32) -> ()
func.func @outer_value(%x: i32) {
  "foo.isolated"() ({
    "foo.use"(%x) : (i32) -> ()
  }) : () -> ()
  return
}
