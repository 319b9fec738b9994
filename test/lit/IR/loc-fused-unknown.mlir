// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo | jopt --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s

// Fused locations, with and without metadata, and the unknown location.
// A fused location of no locations is unknown; of exactly one location (and
// no metadata) it is that location. Nested fused locations are flattened.

// CHECK: "foo.fused"() : () -> () loc(#loc6)
// CHECK-NEXT: "foo.fused_meta"() : () -> () loc(#loc7)
// CHECK-NEXT: "foo.fused_dict_meta"() : () -> () loc(#loc8)
// CHECK-NEXT: "foo.unknown"() : () -> () loc(#loc4)
// CHECK-NEXT: "foo.fused_empty"() : () -> () loc(#loc4)
// CHECK-NEXT: "foo.fused_single"() : () -> () loc(#loc1)
// CHECK-NEXT: "foo.fused_nested"() : () -> () loc(#loc9)
// CHECK-NEXT: } loc(#loc)
// CHECK-NEXT: #loc = loc("{{.*}}loc-fused-unknown.mlir":0:0)
// CHECK-NEXT: #loc1 = loc("a.mlir":1:1)
// CHECK-NEXT: #loc2 = loc("b.mlir":2:2)
// CHECK-NEXT: #loc3 = loc("n")
// CHECK-NEXT: #loc4 = loc(unknown)
// CHECK-NEXT: #loc5 = loc("c.mlir":3:3)
// CHECK-NEXT: #loc6 = loc(fused[#loc1, #loc2])
// CHECK-NEXT: #loc7 = loc(fused<"meta">[#loc1, #loc3])
// CHECK-NEXT: #loc8 = loc(fused<{k = 1 : i64}>[#loc1])
// CHECK-NEXT: #loc9 = loc(fused[#loc5, #loc1, #loc2])
// CHECK-NOT: #loc
"foo.fused"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])
"foo.fused_meta"() : () -> () loc(fused<"meta">["a.mlir":1:1, "n"])
"foo.fused_dict_meta"() : () -> () loc(fused<{k = 1}>["a.mlir":1:1])
"foo.unknown"() : () -> () loc(unknown)
"foo.fused_empty"() : () -> () loc(fused[])
"foo.fused_single"() : () -> () loc(fused["a.mlir":1:1])
"foo.fused_nested"() : () -> () loc(fused["c.mlir":3:3, fused["a.mlir":1:1, "b.mlir":2:2]])
