// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Integer sets. Every constraint is normalized to `expr >= 0` or
// `expr == 0`; an empty constraint list becomes the trivially true
// `0 == 0`. Sets are printed through #set, #set1, ... aliases.

// CHECK: #set = affine_set<(d0) : (d0 >= 0)>
// CHECK-NEXT: #set1 = affine_set<(d0, d1)[s0] : (d0 - s0 >= 0, -d1 + 10 >= 0, d0 - d1 == 0)>
// CHECK-NEXT: #set2 = affine_set<() : (0 == 0)>
// CHECK-NEXT: #set3 = affine_set<(d0) : (1 == 0)>
// CHECK-NEXT: #set4 = affine_set<(d0)[s0] : (d0 mod 2 - 1 == 0, s0 floordiv 4 >= 0)>
// CHECK-NEXT: #set5 = affine_set<(d0, d1) : (d0 - d1 >= 0, -d0 + 5 >= 0)>
// CHECK-NEXT: #set6 = affine_set<(d0) : (d0 * 2 + 1 >= 0)>
// CHECK-NEXT: #set7 = affine_set<()[s0] : (s0 - 1 >= 0)>
// CHECK-NEXT: #set8 = affine_set<(d0) : (d0 >= 0, d0 >= 0)>
// CHECK-NEXT: #set9 = affine_set<(d0) : (d0 - 3 == 0)>
// CHECK-NEXT: #set10 = affine_set<(d0) : (0 == 0)>
// CHECK: "foo.sets"() {a = #set, b = #set1, c = #set2, d = #set3, e = #set4, f = #set5, g = #set6, h = #set7, i = #set8, j = #set9, k = #set10} : () -> ()
"foo.sets"() {
  a = affine_set<(d0) : (d0 >= 0)>,
  b = affine_set<(d0, d1)[s0] : (d0 - s0 >= 0, -d1 + 10 >= 0, d0 - d1 == 0)>,
  c = affine_set<() : (0 == 0)>,
  d = affine_set<(d0) : (1 == 0)>,
  e = affine_set<(d0)[s0] : (d0 mod 2 - 1 == 0, s0 floordiv 4 >= 0)>,
  f = affine_set<(x, y) : (x >= y, x <= 5)>,
  g = affine_set<(d0) : (d0 * 2 + 1 >= 0)>,
  h = affine_set<()[s0] : (s0 - 1 >= 0)>,
  i = affine_set<(d0) : (d0 >= 0, d0 >= 0)>,
  j = affine_set<(d0) : (d0 == 3)>,
  k = affine_set<(d0) : ()>
} : () -> ()
