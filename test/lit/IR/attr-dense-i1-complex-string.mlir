// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Boolean elements.
// CHECK: "foo.bools"() {a = dense<[true, false]> : tensor<2xi1>, b = dense<false> : tensor<3xi1>, c = dense<{{\[\[}}true, false], [false, true]]> : tensor<2x2xi1>} : () -> ()
"foo.bools"() {a = dense<[true, false]> : tensor<2xi1>, b = dense<false> : tensor<3xi1>, c = dense<[[true, false], [false, true]]> : tensor<2x2xi1>} : () -> ()

// Complex elements are written as (re, im) pairs and printed without a space
// after the comma.
// CHECK: "foo.complex"() {a = dense<(1,2)> : tensor<2xcomplex<i32>>, b = dense<[(1.000000e+00,2.000000e+00), (3.000000e+00,-4.000000e+00)]> : tensor<2xcomplex<f32>>, c = dense<(0,-1)> : tensor<complex<i8>>} : () -> ()
"foo.complex"() {a = dense<(1, 2)> : tensor<2xcomplex<i32>>, b = dense<[(1.0, 2.0), (3.0, -4.0)]> : tensor<2xcomplex<f32>>, c = dense<(0, -1)> : tensor<complex<i8>>} : () -> ()

// String elements need an element type of another dialect (or string-like
// type); the strings are printed with the usual escaping.
// CHECK: "foo.strings"() {a = dense<"foo"> : tensor<2x!foo.s>, b = dense<["a", "b\0A"]> : tensor<2x!foo.s>, c = dense<{{\[\[}}"x", "y"]]> : tensor<1x2x!foo.s>} : () -> ()
"foo.strings"() {a = dense<"foo"> : tensor<2x!foo.s>, b = dense<["a", "b\n"]> : tensor<2x!foo.s>, c = dense<[["x", "y"]]> : tensor<1x2x!foo.s>} : () -> ()
