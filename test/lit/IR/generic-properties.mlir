// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s --check-prefixes=CHECK,CUSTOM
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefixes=CHECK,GENERIC
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s --check-prefixes=CHECK,CUSTOM

// Properties `<{...}>` come between the operand list (and successors) and the
// discardable attribute dictionary. Like dictionaries they are sorted by key.
// An unregistered op keeps an empty property dictionary `<{}>` if it was
// given one.

// CHECK-LABEL: "foo.props"() <{a = "x", p = 1 : i32}> {attr = 2 : i64} : () -> ()
"foo.props"() <{p = 1 : i32, a = "x"}> {attr = 2} : () -> ()

// CHECK: "foo.empty_props"() <{}> : () -> ()
"foo.empty_props"() <{}> : () -> ()

// CHECK: "foo.only_attrs"() {b, c = [1, 2]} : () -> ()
"foo.only_attrs"() {c = [1, 2], b} : () -> ()

// Properties with nested values, on an op with operands and results.
// CHECK: %0 = "foo.src"() : () -> i32
// CHECK-NEXT: %1 = "foo.props_operands"(%0, %0) <{nested = {k = [1, "v"]}, sym = @f}> {discardable} : (i32, i32) -> f32
%0 = "foo.src"() : () -> i32
%1 = "foo.props_operands"(%0, %0) <{sym = @f, nested = {k = [1, "v"]}}> {discardable} : (i32, i32) -> f32

// A registered op's inherent attributes are properties: func.func prints
// them generically as <{function_type = ..., sym_name = ...}>.
// CUSTOM: func.func private @decl(i32)
// GENERIC: "func.func"() <{function_type = (i32) -> (), sym_name = "decl", sym_visibility = "private"}> ({
// GENERIC-NEXT: }) : () -> ()
func.func private @decl(i32)
