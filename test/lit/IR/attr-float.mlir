// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Float attributes default to f64 and always print their type. mlir-opt
// prints a value in "%e" style with six digits when that reads back to the
// same value, else in the shortest form that does (which uses an upper-case
// 'E' exponent, or none), and in hexadecimal when that shortest form would
// have no '.' (so it would not lex as a float).

// Values exact in six significant digits.
// CHECK: "foo.exact"() {a = 1.000000e-01 : f64, b = 1.000000e+00 : f64, c = 1.000000e+10 : f64, d = -0.000000e+00 : f64, e = 0.000000e+00 : f64, f = 1.500000e-07 : f64, g = 1.000000e+05 : f64, h = 1.000000e+03 : f64, i = 1.000000e+16 : f64, j = 1.000000e-300 : f64, k = 1.000000e+00 : f64} : () -> ()
"foo.exact"() {a = 0.1, b = 1.0, c = 1.0e10, d = -0.0, e = 0.0, f = 1.5e-7, g = 1.0E5, h = 1.0e+3, i = 1.0e16, j = 1.0e-300 : f64, k = 1.} : () -> ()

// Values that need more digits use the shortest round-tripping form.
// CHECK: "foo.shortest"() {a = 3.14159265358979 : f64, b = 12345.678 : f64, c = 9.99999968E+37 : f32, d = 9.99999974E-6 : f32, e = 3.40282347E+38 : f32, f = 1.0568533724534071E-314 : f64} : () -> ()
"foo.shortest"() {a = 3.14159265358979 : f64, b = 12345.678, c = 1.0e38 : f32, d = 1.0e-5 : f32, e = 340282346638528859811704183484516925440.0 : f32, f = 0x7F800000 : f64} : () -> ()

// Integral values too long for six digits have no '.' in their shortest
// form and are printed in hexadecimal.
// CHECK: "foo.integral"() {a = 0x419D6F3454000000 : f64, b = 0x4B800000 : f32, c = 7.000000e+00 : f64, d = 3.300000e+01 : f32} : () -> ()
"foo.integral"() {a = 123456789.0 : f64, b = 16777217.0 : f32, c = 7.0 : f64, d = 33.0 : f32} : () -> ()

// Narrow and wide types are rounded to their precision first.
// CHECK: "foo.widths"() {a = 1.000000e-01 : f32, b = 1.000000e+02 : f16, c = 1.000980e-01 : bf16, d = 3.000490e-01 : f16, e = 6.550400e+04 : f16, f = 2.500000e+00 : f80, g = 0.100000000000000005551115123125782702 : f128, h = 5.000000e-01 : f8E4M3FN, i = 4.000000e+00 : f8E8M0FNU, j = 9.999940e-41 : f32} : () -> ()
"foo.widths"() {a = 0.1 : f32, b = 100.0 : f16, c = 0.1 : bf16, d = 0.3 : f16, e = 65504.0 : f16, f = 2.5 : f80, g = 0.1 : f128, h = 0.5 : f8E4M3FN, i = 5.0 : f8E8M0FNU, j = 1.0e-40 : f32} : () -> ()
