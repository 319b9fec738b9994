// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Dense integer and float elements: splats, nested lists, 0-D, empty and
// zero-sized shapes. A list whose elements are all equal (including a single
// element) is printed as a splat; an empty list prints as `dense<>`.

// CHECK: "foo.splat"() {a = dense<1> : tensor<4xi32>, b = dense<1.500000e+00> : tensor<2x3xf32>, c = dense<5> : tensor<i8>, d = dense<1> : tensor<1x1x1xi8>, e = dense<-3> : tensor<1xsi4>, f = dense<7> : tensor<3xi32>} : () -> ()
"foo.splat"() {a = dense<1> : tensor<4xi32>, b = dense<1.5> : tensor<2x3xf32>, c = dense<5> : tensor<i8>, d = dense<[[[1]]]> : tensor<1x1x1xi8>, e = dense<-3> : tensor<1xsi4>, f = dense<[7, 7, 7]> : tensor<3xi32>} : () -> ()

// CHECK: "foo.lists"() {a = dense<[1, 2, 3]> : tensor<3xi32>, b = dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xi64>, c = dense<{{\[\[}}1, 2, 3], [4, 5, 6]]> : tensor<2x3xi16>, d = dense<[1, -1]> : tensor<2xi8>, e = dense<[255, 0]> : tensor<2xui8>, f = dense<[1, 2]> : tensor<2xindex>} : () -> ()
"foo.lists"() {a = dense<[1, 2, 3]> : tensor<3xi32>, b = dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>, c = dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi16>, d = dense<[1, -1]> : tensor<2xi8>, e = dense<[255, 0]> : tensor<2xui8>, f = dense<[1, 2]> : tensor<2xindex>} : () -> ()

// Float elements use the float attribute formatting, hex for non-finite values.
// CHECK: "foo.floats"() {a = dense<[1.000000e-01, 1.000000e+10]> : tensor<2xf64>, b = dense<{{\[\[}}1.000000e+00, 2.000000e+00]]> : vector<1x2xbf16>, c = dense<0x7FC00000> : tensor<2xf32>, d = dense<[1.000000e+00, 0x7F800000]> : tensor<2xf32>} : () -> ()
"foo.floats"() {a = dense<[0.1, 1.0e10]> : tensor<2xf64>, b = dense<[[1.0, 2.0]]> : vector<1x2xbf16>, c = dense<0x7FC00000> : tensor<2xf32>, d = dense<[1.0, 0x7F800000]> : tensor<2xf32>} : () -> ()

// CHECK: "foo.empty"() {a = dense<> : tensor<0xi32>, b = dense<> : tensor<0xf32>, c = dense<> : tensor<1x0xi32>} : () -> ()
"foo.empty"() {a = dense<> : tensor<0xi32>, b = dense<[]> : tensor<0xf32>, c = dense<[[]]> : tensor<1x0xi32>} : () -> ()

// Dense elements of vector and memref types.
// CHECK: "foo.shaped"() {a = dense<true> : vector<4xi1>, b = dense<1> : memref<2xi32>, c = dense<[1, 2]> : vector<2xi32>} : () -> ()
"foo.shaped"() {a = dense<true> : vector<4xi1>, b = dense<1> : memref<2xi32>, c = dense<[1, 2]> : vector<2xi32>} : () -> ()
