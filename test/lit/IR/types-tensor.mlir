// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s

// Ranked tensors (static, dynamic, zero-sized, 0-D), unranked tensors, and
// ranked tensors with an encoding attribute of several kinds.

// CHECK-LABEL: func.func private @ranked(tensor<4xf32>, tensor<f32>, tensor<?x4x?xi32>, tensor<0x?xf32>, tensor<1x1x1x1xi1>, tensor<2xindex>, tensor<4xcomplex<f64>>, tensor<2xvector<4xf32>>, tensor<2x!foo.elt>)
func.func private @ranked(tensor<4xf32>, tensor<f32>, tensor<?x4x?xi32>, tensor<0x?xf32>, tensor<1x1x1x1xi1>, tensor<2xindex>, tensor<4xcomplex<f64>>, tensor<2xvector<4xf32>>, tensor<2x!foo.elt>)

// CHECK-LABEL: func.func private @unranked(tensor<*xf32>, tensor<*xi1>, tensor<*xcomplex<f32>>)
func.func private @unranked(tensor<*xf32>, tensor<*xi1>, tensor<*xcomplex<f32>>)

// The encoding is printed exactly as given, except that integer attributes
// in it gain their default i64 type.
// CHECK-LABEL: func.func private @encoded(tensor<4x?xf32, "sparse">, tensor<4xf32, {enc = 1 : i64}>, tensor<4xf32, #foo.enc<"x">>, tensor<f32, 7 : i64>, tensor<?xi8, [1, 2]>)
func.func private @encoded(tensor<4x?xf32, "sparse">, tensor<4xf32, {enc = 1}>, tensor<4xf32, #foo.enc<"x">>, tensor<f32, 7>, tensor<?xi8, [1, 2]>)
