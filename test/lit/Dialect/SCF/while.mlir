// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The before region's arguments are bound by the assignment list; the after region spells its block header.

// CHECK-LABEL: func.func @while_loop
// CHECK-NEXT:    %[[R:.*]] = scf.while (%arg2 = %arg0) : (i32) -> i32 {
// CHECK-NEXT:      %[[C:.*]] = arith.cmpi slt, %arg2, %arg1 : i32
// CHECK-NEXT:      scf.condition(%[[C]]) %arg2 : i32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg2: i32):
// CHECK-NEXT:      %[[N:.*]] = arith.addi %arg2, %arg2 : i32
// CHECK-NEXT:      scf.yield %[[N]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]] : i32
func.func @while_loop(%init: i32, %bound: i32) -> i32 {
  %res = scf.while (%a = %init) : (i32) -> i32 {
    %c = arith.cmpi slt, %a, %bound : i32
    scf.condition(%c) %a : i32
  } do {
  ^bb0(%b: i32):
    %n = arith.addi %b, %b : i32
    scf.yield %n : i32
  }
  return %res : i32
}

// Types may change between the regions; attributes follow the `attributes` keyword.
// CHECK-LABEL: func.func @shared_values
// CHECK-NEXT:    %{{.*}}:2 = scf.while (%arg2 = %arg0, %arg3 = %arg1) : (f32, i1) -> (i64, f32) {
// CHECK-NEXT:      %[[E:.*]] = arith.extui %arg3 : i1 to i64
// CHECK-NEXT:      scf.condition(%arg3) %[[E]], %arg2 : i64, f32
// CHECK-NEXT:    } do {
// CHECK-NEXT:    ^bb0(%arg2: i64, %arg3: f32):
// CHECK-NEXT:      scf.yield %arg3, %arg1 : f32, i1
// CHECK-NEXT:    } attributes {tag = "w"}
func.func @shared_values(%f: f32, %c: i1) {
  %r:2 = scf.while (%x = %f, %y = %c) : (f32, i1) -> (i64, f32) {
    %e = arith.extui %y : i1 to i64
    scf.condition(%y) %e, %x : i64, f32
  } do {
  ^bb0(%p: i64, %q: f32):
    scf.yield %q, %c : f32, i1
  } attributes {tag = "w"}
  return
}

// Without operands there is no assignment list and the after region has no header.
// CHECK-LABEL: func.func @no_operands
// CHECK-NEXT:    scf.while : () -> () {
// CHECK-NEXT:      scf.condition(%arg0)
// CHECK-NEXT:    } do {
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
func.func @no_operands(%c: i1) {
  scf.while : () -> () {
    scf.condition(%c)
  } do {
    scf.yield
  }
  return
}
