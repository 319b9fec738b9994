// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Attributes of unregistered dialects are kept as opaque text, preserved
// verbatim; a body that is a plain identifier prints in the pretty
// `#dialect.ident` form.

// CHECK: "foo.opaque"() {a = #foo<"bar">, b = #foo.bar, c = #foo<"a b">, d = #foo<"with \"esc\"">} : () -> ()
"foo.opaque"() {a = #foo<"bar">, b = #foo<bar>, c = #foo<"a b">, d = #foo<"with \"esc\"">} : () -> ()

// CHECK: "foo.pretty"() {a = #foo.bar, b = #foo.bar<1,  2>, c = #foo.thing<1, 2>, d = #foo.bar<"x y">, e = #foo.a<{b = [c]}>, f = #foo.p< 1 >, g = #foo.x.y} : () -> ()
"foo.pretty"() {a = #foo.bar, b = #foo.bar<1,  2>, c = #foo.thing<1, 2>, d = #foo.bar<"x y">, e = #foo.a<{b = [c]}>, f = #foo.p< 1 >, g = #foo.x.y} : () -> ()

// Opaque attributes nest in builtin ones.
// CHECK: "foo.nested"() {a = [#foo.x, #bar<"y">], b = {c = #foo.z<[1]>}, t = tensor<4xf32, #foo.enc>} : () -> ()
"foo.nested"() {a = [#foo.x, #bar<"y">], b = {c = #foo.z<[1]>}, t = tensor<4xf32, #foo.enc>} : () -> ()
