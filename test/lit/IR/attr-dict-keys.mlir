// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Attribute names may be quoted strings. They are printed bare when they
// are valid bare identifiers ([a-zA-Z_][a-zA-Z0-9_$.]*) and quoted
// otherwise, and sorted by their bytes.

// CHECK: "foo.keys"() {"1x" = 4 : i64, _ = 5 : i64, "a b" = 2 : i64, a$ = 6 : i64, "a-b" = 7 : i64, a.b = 3 : i64, abc = 1 : i64} : () -> ()
"foo.keys"() {"abc" = 1, "a b" = 2, "a.b" = 3, "1x" = 4, "_" = 5, "a$" = 6, "a-b" = 7} : () -> ()

// Dialect-prefixed (dotted) names are ordinary names.
// CHECK: "foo.dialect_keys"() {arith.flag, foo.bar = "x", zzz} : () -> ()
"foo.dialect_keys"() {zzz, foo.bar = "x", arith.flag} : () -> ()
