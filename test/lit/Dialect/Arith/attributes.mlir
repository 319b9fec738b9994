// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The dialect attributes #arith.fastmath and #arith.overflow stand alone as discardable attributes too.

// CHECK-LABEL: func.func @attrs() attributes {fast = #arith.fastmath<fast>, fm = #arith.fastmath<nnan,afn>, none = #arith.fastmath<none>, ov = #arith.overflow<nsw, nuw>, ov0 = #arith.overflow<none>, ov1 = #arith.overflow<nuw>} {
// CHECK-NEXT:  return
// CHECK-NEXT:  }
func.func @attrs() attributes {fm = #arith.fastmath<nnan,afn>, fast = #arith.fastmath<fast>, none = #arith.fastmath<none>, ov = #arith.overflow<nuw, nsw>, ov0 = #arith.overflow<none>, ov1 = #arith.overflow<nuw>} {
  return
}

// CHECK-LABEL: func.func @on_op(%arg0: i32) -> i32 {
// CHECK-NEXT:  %0 = arith.addi %arg0, %arg0 {tag = #arith.fastmath<contract>} : i32
// CHECK-NEXT:  return %0 : i32
// CHECK-NEXT:  }
func.func @on_op(%a: i32) -> i32 {
  %0 = arith.addi %a, %a {tag = #arith.fastmath<contract>} : i32
  return %0 : i32
}
