// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// scf.if without results leaves out its implicit yields; the else region is printed only when it has a block.

// CHECK-LABEL: func.func @no_results
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:      %{{.*}} = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:    } else {
// CHECK-NEXT:      %{{.*}} = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.if %arg0 {
// CHECK-NEXT:    } {some_flag}
// CHECK-NEXT:    return
func.func @no_results(%c: i1, %x: i32) {
  scf.if %c {
    %y = arith.addi %x, %x : i32
  }
  scf.if %c {
  } else {
    %y = arith.addi %x, %x : i32
    scf.yield
  }
  scf.if %c {
  } {some_flag}
  return
}

// Result types are always printed in parentheses.
// CHECK-LABEL: func.func @results
// CHECK-NEXT:    %[[R:.*]]:2 = scf.if %arg0 -> (i32, f32) {
// CHECK-NEXT:      scf.yield %arg1, %arg2 : i32, f32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      %[[S:.*]] = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT:      scf.yield %[[S]], %arg2 : i32, f32
// CHECK-NEXT:    }
// CHECK-NEXT:    %{{.*}} = scf.if %arg0 -> (i32) {
// CHECK-NEXT:      scf.yield %[[R]]#0 : i32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      scf.yield %arg1 : i32
// CHECK-NEXT:    }
func.func @results(%c: i1, %x: i32, %f: f32) -> i32 {
  %r:2 = scf.if %c -> (i32, f32) {
    scf.yield %x, %f : i32, f32
  } else {
    %s = arith.addi %x, %x : i32
    scf.yield %s, %f : i32, f32
  }
  %t = scf.if %c -> i32 {
    scf.yield %r#0 : i32
  } else {
    scf.yield %x : i32
  }
  return %t : i32
}
