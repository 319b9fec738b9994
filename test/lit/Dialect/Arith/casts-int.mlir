// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Integer casts: "$in attr-dict `:` type($in) `to` type($out)". index_cast and index_castui also convert memrefs.

// CHECK-LABEL: func.func @int_casts(%arg0: i8, %arg1: i64, %arg2: index, %arg3: vector<2xi16>, %arg4: memref<4xi32>) -> (i32, i32, i8, index, i64, index, vector<2xi32>, memref<4xindex>) {
// CHECK-NEXT:  %0 = arith.extsi %arg0 : i8 to i32
// CHECK-NEXT:  %1 = arith.extui %arg0 : i8 to i32
// CHECK-NEXT:  %2 = arith.trunci %arg1 : i64 to i8
// CHECK-NEXT:  %3 = arith.index_cast %arg1 : i64 to index
// CHECK-NEXT:  %4 = arith.index_cast %arg2 : index to i64
// CHECK-NEXT:  %5 = arith.index_castui %arg1 : i64 to index
// CHECK-NEXT:  %6 = arith.extsi %arg3 : vector<2xi16> to vector<2xi32>
// CHECK-NEXT:  %7 = arith.index_cast %arg4 : memref<4xi32> to memref<4xindex>
// CHECK-NEXT:  return %0, %1, %2, %3, %4, %5, %6, %7 : i32, i32, i8, index, i64, index, vector<2xi32>, memref<4xindex>
// CHECK-NEXT:  }
func.func @int_casts(%a: i8, %b: i64, %i: index, %v: vector<2xi16>, %m: memref<4xi32>) -> (i32, i32, i8, index, i64, index, vector<2xi32>, memref<4xindex>) {
  %0 = arith.extsi %a : i8 to i32
  %1 = arith.extui %a : i8 to i32
  %2 = arith.trunci %b : i64 to i8
  %3 = arith.index_cast %b : i64 to index
  %4 = arith.index_cast %i : index to i64
  %5 = arith.index_castui %b : i64 to index
  %6 = arith.extsi %v : vector<2xi16> to vector<2xi32>
  %7 = arith.index_cast %m : memref<4xi32> to memref<4xindex>
  return %0, %1, %2, %3, %4, %5, %6, %7 : i32, i32, i8, index, i64, index, vector<2xi32>, memref<4xindex>
}

// CHECK-LABEL: func.func @wide(%arg0: i1, %arg1: tensor<?xi3>) -> (i128, tensor<?xi6>) {
// CHECK-NEXT:  %0 = arith.extui %arg0 : i1 to i128
// CHECK-NEXT:  %1 = arith.extsi %arg1 : tensor<?xi3> to tensor<?xi6>
// CHECK-NEXT:  return %0, %1 : i128, tensor<?xi6>
// CHECK-NEXT:  }
func.func @wide(%a: i1, %t: tensor<?xi3>) -> (i128, tensor<?xi6>) {
  %0 = arith.extui %a : i1 to i128
  %1 = arith.extsi %t : tensor<?xi3> to tensor<?xi6>
  return %0, %1 : i128, tensor<?xi6>
}
