// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s

// Every builtin floating-point type, in signatures, as result types and as the
// type of float attributes.

// CHECK-LABEL: func.func private @ieee(f16, bf16, f32, f64, f80, f128, tf32)
func.func private @ieee(f16, bf16, f32, f64, f80, f128, tf32)

// CHECK-LABEL: func.func private @fp8(f8E5M2, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E4M3, f8E3M4, f8E8M0FNU)
func.func private @fp8(f8E5M2, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E4M3, f8E3M4, f8E8M0FNU)

// CHECK-LABEL: func.func private @fp4_fp6(f4E2M1FN, f6E2M3FN, f6E3M2FN)
func.func private @fp4_fp6(f4E2M1FN, f6E2M3FN, f6E3M2FN)

// CHECK: %0:3 = "foo.make"() : () -> (bf16, f8E5M2, f4E2M1FN)
%0:3 = "foo.make"() : () -> (bf16, f8E5M2, f4E2M1FN)

// CHECK: "foo.consts"() {
// CHECK-SAME: a = 1.500000e+00 : f8E5M2
// CHECK-SAME: b = 1.000000e+00 : f8E4M3FN
// CHECK-SAME: c = 5.000000e-01 : f4E2M1FN
// CHECK-SAME: d = 2.000000e+00 : f8E8M0FNU
// CHECK-SAME: e = 1.000000e+00 : f6E2M3FN
// CHECK-SAME: f = -1.000000e+00 : f6E3M2FN
// CHECK-SAME: g = 1.000000e+00 : tf32
// CHECK-SAME: h = 1.000000e+00 : f80
// CHECK-SAME: i = 1.000000e+00 : f128
// CHECK-SAME: j = 1.000000e+00 : f8E3M4
// CHECK-SAME: k = 1.000000e+00 : f8E4M3
// CHECK-SAME: l = 1.000000e+00 : f8E4M3B11FNUZ
// CHECK-SAME: m = 1.000000e+00 : f8E5M2FNUZ
// CHECK-SAME: n = 1.000000e+00 : f8E4M3FNUZ
// CHECK-SAME: o = 2.500000e-01 : f16
// CHECK-SAME: p = 3.000000e+00 : bf16
// CHECK-SAME: } : () -> ()
"foo.consts"() {a = 1.5 : f8E5M2, b = 1.0 : f8E4M3FN, c = 0.5 : f4E2M1FN, d = 2.0 : f8E8M0FNU, e = 1.0 : f6E2M3FN, f = -1.0 : f6E3M2FN, g = 1.0 : tf32, h = 1.0 : f80, i = 1.0 : f128, j = 1.0 : f8E3M4, k = 1.0 : f8E4M3, l = 1.0 : f8E4M3B11FNUZ, m = 1.0 : f8E5M2FNUZ, n = 1.0 : f8E4M3FNUZ, o = 0.25 : f16, p = 3.0 : bf16} : () -> ()
