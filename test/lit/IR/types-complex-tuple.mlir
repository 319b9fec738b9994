// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: func.func private @complex(complex<f32>, complex<f64>, complex<bf16>, complex<i32>, complex<si8>, complex<f8E5M2>)
func.func private @complex(complex<f32>, complex<f64>, complex<bf16>, complex<i32>, complex<si8>, complex<f8E5M2>)

// CHECK-LABEL: func.func private @tuple(tuple<>, tuple<i32>, tuple<i32, f32>, tuple<tuple<>, tuple<tuple<index>>>, tuple<memref<4xf32>, tensor<*xf32>, vector<2xi1>>, tuple<() -> ()>, tuple<none>)
func.func private @tuple(tuple<>, tuple<i32>, tuple<i32, f32>, tuple<tuple<>, tuple<tuple<index>>>, tuple<memref<4xf32>, tensor<*xf32>, vector<2xi1>>, tuple<() -> ()>, tuple<none>)

// CHECK-LABEL: func.func private @containers(tensor<4xcomplex<f64>>, memref<2xcomplex<f32>>, tuple<complex<f16>>)
func.func private @containers(tensor<4xcomplex<f64>>, memref<2xcomplex<f32>>, tuple<complex<f16>>)

// CHECK: %0:2 = "foo.pair"() : () -> (tuple<i32, complex<f32>>, complex<i64>)
%0:2 = "foo.pair"() : () -> (tuple<i32, complex<f32>>, complex<i64>)
