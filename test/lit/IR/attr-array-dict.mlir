// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Array attributes: empty, heterogeneous and nested. Inside an array the
// default types i64 and f64 of integer and float elements are not printed;
// other types are. A dictionary inside an array prints its own entries with
// their types.
// CHECK: "foo.arrays"() {a = [], b = [1, 2.000000e+00, "s", i32, {{\[\[}}]], {}], c = [1 : i32, 2.000000e+00 : f32, true, 3 : index, -1, 5.000000e-01, 7 : si64, 9 : ui64, {k = 1 : i64}, "s" : i32], d = {{\[\[}}1, [2, [3]]]]} : () -> ()
"foo.arrays"() {a = [], b = [1, 2.0, "s", i32, [[]], {}], c = [1 : i32, 2.0 : f32, true, 3 : index, -1, 0.5, 7 : si64, 9 : ui64, {k = 1}, "s" : i32], d = [[1, [2, [3]]]]} : () -> ()

// A hex literal without a type is an i64 integer, not a float.
// CHECK: "foo.hex_in_array"() {a = [9218868437227405312]} : () -> ()
"foo.hex_in_array"() {a = [0x7FF0000000000000]} : () -> ()

// Dictionaries: empty, nested, sorted by key at every level.
// CHECK: "foo.dicts"() {c = {}, d = {x = {y = {z = 1 : i64}}}, e = [{a = [1]}, {}], f = {a = 2 : i64, b = 1 : i64, c = {m = "m", n = "n"}}} : () -> ()
"foo.dicts"() {f = {b = 1, a = 2, c = {n = "n", m = "m"}}, e = [{a = [1]}, {}], d = {x = {y = {z = 1}}}, c = {}} : () -> ()

// An op with an empty attribute dictionary prints none at all.
// CHECK: "foo.empty"() : () -> ()
"foo.empty"() {} : () -> ()
