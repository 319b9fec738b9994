// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Symbol reference attributes, flat and nested. A name is printed bare when
// it is a valid bare identifier ([a-zA-Z_][a-zA-Z0-9_$.]*) and quoted, with
// hex escapes, otherwise.

// CHECK: "foo.flat"() {a = @sym, b = @abc, c = @a$b, d = @_x.y$z} : () -> ()
"foo.flat"() {a = @sym, b = @"abc", c = @a$b, d = @_x.y$z} : () -> ()

// CHECK: "foo.quoted"() {a = @"a-b", b = @"0bad", c = @"q q", d = @".a", e = @"with\22q", f = @"\C3\A9"} : () -> ()
"foo.quoted"() {a = @"a-b", b = @"0bad", c = @"q q", d = @".a", e = @"with\"q", f = @"é"} : () -> ()

// CHECK: "foo.nested"() {a = @a::@b, b = @a::@b::@c, c = @a::@b::@"c d", d = @x::@"9", e = [@s, @a::@b]} : () -> ()
"foo.nested"() {a = @a::@b, b = @a::@b::@c, c = @"a"::@"b"::@"c d", d = @x::@"9", e = [@s, @"a"::@b]} : () -> ()

// Symbol names of operations are printed the same way.
// CHECK: func.func private @"my func"()
// CHECK: func.func private @plain()
// GENERIC: sym_name = "my func"
// GENERIC: sym_name = "plain"
func.func private @"my func"()
func.func private @"plain"()
