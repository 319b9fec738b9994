// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Float attributes may be written as the hexadecimal bit pattern of the value
// (no leading minus: the sign is in the bits). Infinities and NaNs are always
// printed that way, in upper case; other values are printed as decimals.

// CHECK: "foo.inf"() {a = 0x7F800000 : f32, b = 0xFF800000 : f32, c = 0x7C00 : f16, d = 0x7F80 : bf16, e = 0x7FF0000000000000 : f64, f = 0x7FFF8000000000000000 : f80, g = 0xFFFF8000000000000000 : f80} : () -> ()
"foo.inf"() {a = 0x7F800000 : f32, b = 0xff800000 : f32, c = 0x7C00 : f16, d = 0x7F80 : bf16, e = 0x7FF0000000000000 : f64, f = 0x7FFF8000000000000000 : f80, g = 0xFFFF8000000000000000 : f80} : () -> ()


// Quiet, negative and payload-carrying NaNs keep their exact bits.
// CHECK: "foo.nan"() {a = 0x7FC00000 : f32, b = 0xFFC00000 : f32, c = 0x7FC00001 : f32, d = 0x7FF8000000000000 : f64, e = 0xFE00 : f16, f = 0x7F : f8E4M3FN} : () -> ()
"foo.nan"() {a = 0x7FC00000 : f32, b = 0xFFC00000 : f32, c = 0x7fc00001 : f32, d = 0x7FF8000000000000 : f64, e = 0xFE00 : f16, f = 0x7F : f8E4M3FN} : () -> ()

// Finite values given in hex print as decimals: 1.0, -0.0, the smallest
// denormals, 0, 2.0.
// CHECK: "foo.finite"() {a = 1.000000e+00 : f32, b = -0.000000e+00 : f32, c = 1.401300e-45 : f32, d = 4.940660e-324 : f64, e = 0.000000e+00 : f32, f = 2.000000e+00 : f16, g = 1.000000e+00 : f16} : () -> ()
"foo.finite"() {a = 0x3F800000 : f32, b = 0x80000000 : f32, c = 0x00000001 : f32, d = 0x1 : f64, e = 0x0 : f32, f = 0x4000 : f16, g = 0x3C00 : f16} : () -> ()

// Decimal literals too large for the type overflow to infinity.
// CHECK: "foo.overflow"() {a = 0x7F800000 : f32, b = 0x7FF0000000000000 : f64} : () -> ()
"foo.overflow"() {a = 1.0e400 : f32, b = 1.0e400} : () -> ()
