// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// addi, subi, muli, shli and trunci take #arith.overflow flags, printed stripped after `overflow` and left out when
// they are the default `none`. The flags print in declaration order (nsw, nuw) separated by ", ".

// CHECK-LABEL: func.func @flags(%arg0: i32, %arg1: i32) -> i16 {
// CHECK-NEXT:  %0 = arith.addi %arg0, %arg1 overflow<nsw> : i32
// CHECK-NEXT:  %1 = arith.subi %0, %arg1 overflow<nuw> : i32
// CHECK-NEXT:  %2 = arith.muli %1, %arg1 overflow<nsw, nuw> : i32
// CHECK-NEXT:  %3 = arith.shli %2, %arg1 overflow<nsw, nuw> : i32
// CHECK-NEXT:  %4 = arith.addi %3, %arg1 : i32
// CHECK-NEXT:  %5 = arith.trunci %4 overflow<nuw> : i32 to i16
// CHECK-NEXT:  %6 = arith.trunci %4 : i32 to i16
// CHECK-NEXT:  return %5 : i16
// CHECK-NEXT:  }
func.func @flags(%a: i32, %b: i32) -> i16 {
  %0 = arith.addi %a, %b overflow<nsw> : i32
  %1 = arith.subi %0, %b overflow<nuw> : i32
  %2 = arith.muli %1, %b overflow<nuw, nsw> : i32
  %3 = arith.shli %2, %b overflow<nsw,nuw> : i32
  %4 = arith.addi %3, %b overflow<none> : i32
  %5 = arith.trunci %4 overflow<nuw> : i32 to i16
  %6 = arith.trunci %4 : i32 to i16
  return %5 : i16
}

// CHECK-LABEL: func.func @attr_dict_form(%arg0: i64) -> i64 {
// CHECK-NEXT:  %0 = arith.addi %arg0, %arg0 overflow<nsw> : i64
// CHECK-NEXT:  %1 = arith.muli %0, %arg0 overflow<nsw, nuw> : i64
// CHECK-NEXT:  return %1 : i64
// CHECK-NEXT:  }
func.func @attr_dict_form(%a: i64) -> i64 {
  %0 = arith.addi %a, %a {overflowFlags = #arith.overflow<nsw>} : i64
  %1 = "arith.muli"(%0, %a) <{overflowFlags = #arith.overflow<nsw, nuw>}> : (i64, i64) -> i64
  return %1 : i64
}
