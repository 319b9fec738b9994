// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Case regions print their terminators; the default region leaves out an operand-less yield.

// CHECK-LABEL: func.func @switch
// CHECK-NEXT:    %[[R:.*]] = scf.index_switch %arg0 -> i32
// CHECK-NEXT:    case 2 {
// CHECK-NEXT:      %[[A:.*]] = arith.constant 10 : i32
// CHECK-NEXT:      scf.yield %[[A]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    case 5 {
// CHECK-NEXT:      %[[B:.*]] = arith.constant 20 : i32
// CHECK-NEXT:      scf.yield %[[B]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    default {
// CHECK-NEXT:      %[[C:.*]] = arith.constant 30 : i32
// CHECK-NEXT:      scf.yield %[[C]] : i32
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.index_switch %arg0 {tag}
// CHECK-NEXT:    case -1 {
// CHECK-NEXT:      scf.yield
// CHECK-NEXT:    }
// CHECK-NEXT:    default {
// CHECK-NEXT:    }
// CHECK-NEXT:    %{{.*}}:2 = scf.index_switch %arg0 -> i32, i64
// CHECK-NEXT:    default {
// CHECK-NEXT:      scf.yield %[[R]], %arg1 : i32, i64
// CHECK-NEXT:    }
func.func @switch(%i: index, %x: i64) -> i32 {
  %r = scf.index_switch %i -> i32
  case 2 {
    %a = arith.constant 10 : i32
    scf.yield %a : i32
  }
  case 5 {
    %b = arith.constant 20 : i32
    scf.yield %b : i32
  }
  default {
    %c = arith.constant 30 : i32
    scf.yield %c : i32
  }
  scf.index_switch %i {tag}
  case -1 {
    scf.yield
  }
  default {
  }
  %s:2 = scf.index_switch %i -> i32, i64
  default {
    scf.yield %r, %x : i32, i64
  }
  return %r : i32
}

// Regions are stored default first, then the cases in order.
// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC-LABEL: "func.func"
// GENERIC:         %{{.*}} = "scf.index_switch"(%{{.*}}) <{cases = array<i64: 2, 5>}> ({
// GENERIC-NEXT:      %{{.*}} = "arith.constant"() <{value = 30 : i32}> : () -> i32
// GENERIC:         "scf.index_switch"(%{{.*}}) <{cases = array<i64: -1>}> ({
// GENERIC-NEXT:      "scf.yield"() : () -> ()
// GENERIC-NEXT:    }, {
// GENERIC-NEXT:      "scf.yield"() : () -> ()
// GENERIC-NEXT:    }) {tag} : (index) -> ()
