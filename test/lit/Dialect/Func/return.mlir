// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// func.return: "attr-dict ($operands^ `:` type($operands))?".

// CHECK-LABEL: func.func @none() {
// CHECK-NEXT:  return
// CHECK-NEXT:  }
func.func @none() {
  func.return
}

// CHECK-LABEL: func.func @several(%arg0: i32, %arg1: tensor<?xf32>, %arg2: memref<4xi8>) -> (i32, tensor<?xf32>, memref<4xi8>) {
// CHECK-NEXT:  return %arg0, %arg1, %arg2 : i32, tensor<?xf32>, memref<4xi8>
// CHECK-NEXT:  }
func.func @several(%a: i32, %b: tensor<?xf32>, %c: memref<4xi8>) -> (i32, tensor<?xf32>, memref<4xi8>) {
  return %a, %b, %c : i32, tensor<?xf32>, memref<4xi8>
}

// CHECK-LABEL: func.func @with_attr(%arg0: i32) -> i32 {
// CHECK-NEXT:  return {my.tag} %arg0 : i32
// CHECK-NEXT:  }
func.func @with_attr(%a: i32) -> i32 {
  return {my.tag} %a : i32
}
