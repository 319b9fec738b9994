// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// The aliases mlir-opt prints before the module. They are ordered by
// nesting depth (an alias used inside another alias comes first), then type
// aliases before attribute aliases, then by alias name (so every #map comes
// before every #set, whatever the order of use), and within one name in order
// of first use (a map inside a type counts where the type is first used).
// Numbering follows that order: the first is #map, then #map1.
// Equal attributes share one alias.

// CHECK: !tuple = tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>
// CHECK-NEXT: #map = affine_map<(d0) -> (d0 + 2)>
// CHECK-NEXT: #map1 = affine_map<(d0) -> (d0 + 1)>
// CHECK-NEXT: #map2 = affine_map<(d0) -> (d0 + 3)>
// CHECK-NEXT: #map3 = affine_map<(d0) -> (d0 * 2)>
// CHECK-NEXT: #set = affine_set<(d0) : (d0 >= 0)>
// CHECK-NEXT: #set1 = affine_set<(d0)[s0] : (d0 - s0 >= 0, -d0 + 10 >= 0)>
// CHECK-NEXT: !tuple1 = tuple<memref<4xf32, #map2>, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>

// CHECK: "foo.a"() {s = #set} : () -> ()
"foo.a"() {s = affine_set<(d0) : (d0 >= 0)>} : () -> ()
// CHECK-NEXT: "foo.b"() {m = #map, n = #map1} : () -> ()
"foo.b"() {n = affine_map<(d0) -> (d0 + 1)>, m = affine_map<(d0) -> (d0 + 2)>} : () -> ()
// CHECK-NEXT: "foo.c"() {m = #map, z = #set1} : () -> ()
"foo.c"() {z = affine_set<(d0)[s0] : (d0 - s0 >= 0, -d0 + 10 >= 0)>, m = affine_map<(d0) -> (d0 + 2)>} : () -> ()
// CHECK-NEXT: %0 = "foo.d"() : () -> !tuple1
%0 = "foo.d"() : () -> tuple<memref<4xf32, affine_map<(d0) -> (d0 + 3)>>, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>
// CHECK-NEXT: %1 = "foo.d"() : () -> !tuple
%1 = "foo.d"() : () -> tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>
// CHECK-NEXT: "foo.e"() {m = #map3, t = !tuple} : () -> ()
"foo.e"() {m = affine_map<(d0) -> (d0 * 2)>, t = tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>} : () -> ()
