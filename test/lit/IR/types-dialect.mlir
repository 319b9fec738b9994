// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Types of unregistered dialects are kept as opaque text. The body between
// the angle brackets is preserved verbatim (whitespace included); a body
// that is a plain identifier is printed in the pretty `!dialect.ident` form.

// CHECK: func.func private @opaque(
// CHECK-SAME: !foo<"bar">,
// CHECK-SAME: !foo<"bar<1>">,
// CHECK-SAME: !foo<"with \"esc\"">,
// CHECK-SAME: !foo<"">,
// CHECK-SAME: !foo.bar,
// CHECK-SAME: !foo<  x  >)
"func.func"() <{function_type = (!foo<"bar">, !foo<"bar<1>">, !foo<"with \"esc\"">, !foo<"">, !foo<bar>, !foo<  x  >) -> (), sym_name = "opaque", sym_visibility = "private"}> ({
}) : () -> ()

// CHECK: func.func private @pretty(
// CHECK-SAME: !foo.bar,
// CHECK-SAME: !foo.bar<1, 2>,
// CHECK-SAME: !foo.baz<"x y">,
// CHECK-SAME: !foo.a<b<c>>,
// CHECK-SAME: !foo.t<{x = 1}>,
// CHECK-SAME: !foo.q<[1, 2]>,
// CHECK-SAME: !foo.sym<@s>,
// CHECK-SAME: !foo.arrow<i32 -> i32>,
// CHECK-SAME: !foo.r<(i32)>,
// CHECK-SAME: !foo.b<[x]{y}>,
// CHECK-SAME: !foo.bar< 1 ,2 >,
// CHECK-SAME: !foo.x.y,
// CHECK-SAME: !foo.x.y,
// CHECK-SAME: !foo.x<>,
// CHECK-SAME: !foo.bar<"a>b">)
"func.func"() <{function_type = (!foo.bar, !foo.bar<1, 2>, !foo.baz<"x y">, !foo.a<b<c>>, !foo.t<{x = 1}>, !foo.q<[1, 2]>, !foo.sym<@s>, !foo.arrow<i32 -> i32>, !foo.r<(i32)>, !foo.b<[x]{y}>, !foo.bar< 1 ,2 >, !foo.x.y, !foo<x.y>, !foo<x<>>, !foo.bar<"a>b">) -> (), sym_name = "pretty", sym_visibility = "private"}> ({
}) : () -> ()

// Dialect types as SSA value types and inside builtin types.
// CHECK: %0 = "foo.make"() : () -> !foo.handle<3>
// CHECK-NEXT: %1 = "foo.wrap"(%0) : (!foo.handle<3>) -> tensor<2x!foo.elt>
%0 = "foo.make"() : () -> !foo.handle<3>
%1 = "foo.wrap"(%0) : (!foo.handle<3>) -> tensor<2x!foo.elt>
