// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// scf.execute_region may hold several blocks; its terminators are always printed.

// CHECK-LABEL: func.func @single_block
// CHECK-NEXT:    %[[R:.*]] = scf.execute_region -> i32 {
// CHECK-NEXT:      scf.yield %arg0 : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    %{{.*}}:2 = scf.execute_region -> (i32, i32) no_inline {
// CHECK-NEXT:      scf.yield %arg0, %[[R]] : i32, i32
// CHECK-NEXT:    } {tag}
// CHECK-NEXT:    scf.execute_region {
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
func.func @single_block(%x: i32) {
  %r = scf.execute_region -> i32 {
    scf.yield %x : i32
  }
  %s:2 = scf.execute_region -> (i32, i32) no_inline {
    scf.yield %x, %r : i32, i32
  } {tag}
  scf.execute_region {
    scf.yield
  }
  return
}

// CHECK-LABEL: func.func @multi_block
// CHECK-NEXT:    %{{.*}} = scf.execute_region -> i64 {
// CHECK-NEXT:      cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT:    ^bb1:
// CHECK-NEXT:      %[[C1:.*]] = arith.constant 1 : i64
// CHECK-NEXT:      cf.br ^bb3(%[[C1]] : i64)
// CHECK-NEXT:    ^bb2:
// CHECK-NEXT:      %[[C2:.*]] = arith.constant 2 : i64
// CHECK-NEXT:      cf.br ^bb3(%[[C2]] : i64)
// CHECK-NEXT:    ^bb3(%[[V:.*]]: i64):
// CHECK-NEXT:      scf.yield %[[V]] : i64
// CHECK-NEXT:    }
func.func @multi_block(%c: i1) -> i64 {
  %v = scf.execute_region -> i64 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    %c1 = arith.constant 1 : i64
    cf.br ^bb3(%c1 : i64)
  ^bb2:
    %c2 = arith.constant 2 : i64
    cf.br ^bb3(%c2 : i64)
  ^bb3(%x: i64):
    scf.yield %x : i64
  }
  return %v : i64
}
