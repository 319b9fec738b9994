// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Affine maps of many shapes. mlir-opt prints every affine map attribute
// through an alias (#map, #map1, ... numbered in order of first use) and
// simplifies expressions as it builds them: constants are folded, the
// constant factor of a product goes to the right, subtraction is recovered
// from a negative coefficient, and a product by zero folds to 0.

// CHECK: #map = affine_map<(d0) -> (d0)>
// CHECK-NEXT: #map1 = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-NEXT: #map2 = affine_map<() -> ()>
// CHECK-NEXT: #map3 = affine_map<() -> (0)>
// CHECK-NEXT: #map4 = affine_map<(d0)[s0] -> (d0 + s0)>
// CHECK-NEXT: #map5 = affine_map<(d0) -> (d0 floordiv 4)>
// CHECK-NEXT: #map6 = affine_map<(d0) -> (d0 ceildiv 4)>
// CHECK-NEXT: #map7 = affine_map<(d0) -> (d0 mod 4)>
// CHECK-NEXT: #map8 = affine_map<(d0) -> (-d0)>
// CHECK-NEXT: #map9 = affine_map<(d0, d1) -> (d0 - d1)>
// CHECK-NEXT: #map10 = affine_map<(d0, d1) -> (d0 * 2 - d1 * 3 + 7)>
// CHECK-NEXT: #map11 = affine_map<(d0)[s0, s1] -> (d0 * s0)>
// CHECK-NEXT: #map12 = affine_map<(d0) -> (d0 + 3)>
// CHECK-NEXT: #map13 = affine_map<(d0) -> (d0 * 3)>
// CHECK-NEXT: #map14 = affine_map<(d0, d1) -> ((d0 + d1) floordiv 2)>
// CHECK-NEXT: #map15 = affine_map<(d0) -> (d0 - 1)>
// CHECK-NEXT: #map16 = affine_map<(d0, d1, d2) -> (d2, d1, d0)>
// CHECK-NEXT: #map17 = affine_map<(d0)[s0] -> (d0 mod s0, d0 floordiv s0, d0 ceildiv s0)>
// CHECK-NEXT: #map18 = affine_map<(d0, d1)[s0] -> (d0 + d1 * s0)>
// CHECK-NEXT: #map19 = affine_map<(d0) -> (0)>
// CHECK-NEXT: #map20 = affine_map<(d0) -> (-(d0 + 1))>
// CHECK-NEXT: #map21 = affine_map<(d0) -> ((d0 floordiv 2) * 2)>
// CHECK-NEXT: #map22 = affine_map<()[s0] -> (s0)>
// CHECK-NEXT: #map23 = affine_map<(d0, d1) -> (d0)>
// CHECK-NEXT: #map24 = affine_map<(d0) -> (d0 mod 4 + (d0 floordiv 4) * 4)>
// CHECK-NEXT: #map25 = affine_map<(d0) -> (-1)>
// CHECK: "foo.maps"() {a = #map, b = #map1, c = #map2, d = #map3, e = #map4, f = #map5, g = #map6, h = #map7, i = #map8, j = #map9, k = #map10, l = #map11, m = #map12, n = #map13, o = #map14, p = #map15, q = #map16, r = #map17, s = #map18, t = #map19, u = #map20, v = #map21, w = #map22, x = #map23, y = #map24, z = #map25} : () -> ()
"foo.maps"() {
  a = affine_map<(d0) -> (d0)>,
  b = affine_map<(d0, d1) -> (d1, d0)>,
  c = affine_map<() -> ()>,
  d = affine_map<() -> (0)>,
  e = affine_map<(d0)[s0] -> (d0 + s0)>,
  f = affine_map<(d0) -> (d0 floordiv 4)>,
  g = affine_map<(d0) -> (d0 ceildiv 4)>,
  h = affine_map<(d0) -> (d0 mod 4)>,
  i = affine_map<(d0) -> (-d0)>,
  j = affine_map<(d0, d1) -> (d0 - d1)>,
  k = affine_map<(d0, d1) -> (d0 * 2 + d1 * -3 + 7)>,
  l = affine_map<(d0)[s0, s1] -> (d0 * s0)>,
  m = affine_map<(d0) -> (d0 + 1 + 2)>,
  n = affine_map<(d0) -> (3 * d0)>,
  o = affine_map<(d0, d1) -> ((d0 + d1) floordiv 2)>,
  p = affine_map<(d0) -> (d0 - 1)>,
  q = affine_map<(d0, d1, d2) -> (d2, d1, d0)>,
  r = affine_map<(d0)[s0] -> (d0 mod s0, d0 floordiv s0, d0 ceildiv s0)>,
  s = affine_map<(x, y)[N] -> (x + y * N)>,
  t = affine_map<(d0) -> (d0 * 0)>,
  u = affine_map<(d0) -> (-(d0 + 1))>,
  v = affine_map<(d0) -> ((d0 floordiv 2) * 2)>,
  w = affine_map<()[s0] -> (s0)>,
  x = affine_map<(d0, d1) -> (d0)>,
  y = affine_map<(d0) -> (d0 mod 4 + d0 floordiv 4 * 4)>,
  z = affine_map<(d0) -> (-1)>
} : () -> ()
