// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Integer attributes: the type defaults to i64 and is always printed (except
// for i1, printed as a bool). Signless values print as signed numbers, so
// 255 : i8 comes back as -1 : i8; signed and unsigned types keep their own
// interpretation. Hex literals are printed in decimal.

// CHECK: "foo.default"() {a = 0 : i64, b = 1 : i64, c = -1 : i64, d = 9223372036854775807 : i64, e = -9223372036854775808 : i64} : () -> ()
"foo.default"() {a = 0, b = 1, c = -1, d = 9223372036854775807, e = -9223372036854775808} : () -> ()

// CHECK: "foo.signless"() {a = 42 : i8, b = -128 : i8, c = -1 : i8, d = -1 : i16, e = 123456789012345678901234567890 : i128, f = 0 : i0, g = -2 : i3} : () -> ()
"foo.signless"() {a = 42 : i8, b = -128 : i8, c = 255 : i8, d = -1 : i16, e = 123456789012345678901234567890 : i128, f = 0 : i0, g = 6 : i3} : () -> ()

// CHECK: "foo.signed"() {a = 127 : si8, b = -128 : si8, c = 7 : si4, d = -1 : si64} : () -> ()
"foo.signed"() {a = 127 : si8, b = -128 : si8, c = 7 : si4, d = -1 : si64} : () -> ()

// CHECK: "foo.unsigned"() {a = 255 : ui8, b = 3 : ui2, c = 18446744073709551615 : ui64, d = 340282366920938463463374607431768211455 : ui128} : () -> ()
"foo.unsigned"() {a = 255 : ui8, b = 3 : ui2, c = 18446744073709551615 : ui64, d = 340282366920938463463374607431768211455 : ui128} : () -> ()

// CHECK: "foo.index"() {a = 5 : index, b = -3 : index, c = 0 : index} : () -> ()
"foo.index"() {a = 5 : index, b = -3 : index, c = 0 : index} : () -> ()

// Hexadecimal and zero-padded literals.
// CHECK: "foo.hex"() {a = 16 : i32, b = 255 : i64, c = -16 : i32, d = 12 : i32, e = -1 : i8} : () -> ()
"foo.hex"() {a = 0x10 : i32, b = 0xFF : i64, c = -0x10 : i32, d = 00012 : i32, e = 0xff : i8} : () -> ()
