// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Booleans are i1 integer attributes; any i1 literal prints as true/false.
// CHECK: "foo.bools"() {a = true, b = false, c = true, d = false, e = true, f = true} : () -> ()
"foo.bools"() {a = true, b = false, c = 1 : i1, d = 0 : i1, e = -1 : i1, f = 0x1 : i1} : () -> ()

// A bare name in an attribute dictionary is a unit attribute; an explicit
// `unit` value prints the same way.
// CHECK: "foo.units"() {a, b, c = 1 : i64} : () -> ()
"foo.units"() {a, b = unit, c = 1} : () -> ()

// Unit and bools inside arrays and nested dictionaries.
// CHECK: "foo.nested"() {arr = [unit, true, false], dict = {flag, other = false}} : () -> ()
"foo.nested"() {arr = [unit, true, false], dict = {flag, other = false}} : () -> ()

// Dictionary entries are sorted by name (byte order).
// CHECK: "foo.sorted"() {Beta = true, _u, a.b = false, alpha, "q u", zeta} : () -> ()
"foo.sorted"() {zeta, alpha, Beta = true, _u, a.b = false, "q u"} : () -> ()
