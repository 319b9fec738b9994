// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s

// Signless, signed and unsigned integer types of many widths, including the
// zero-width and the widest legal integer type.

// CHECK-LABEL: func.func private @signless(i0, i1, i2, i7, i8, i16, i32, i64, i128, i1000, i16777215)
func.func private @signless(i0, i1, i2, i7, i8, i16, i32, i64, i128, i1000, i16777215)

// CHECK-LABEL: func.func private @signed(si1, si8, si16, si32, si64, si65)
func.func private @signed(si1, si8, si16, si32, si64, si65)

// CHECK-LABEL: func.func private @unsigned(ui1, ui8, ui16, ui32, ui64, ui99)
func.func private @unsigned(ui1, ui8, ui16, ui32, ui64, ui99)

// CHECK-LABEL: func.func private @results() -> (i1, si3, ui4)
func.func private @results() -> (i1, si3, ui4)

// Integer types as type attributes.
// CHECK: "foo.types"() {a = i0, b = si32, c = ui7, d = i1} : () -> ()
"foo.types"() {a = i0, b = si32, c = ui7, d = i1} : () -> ()
