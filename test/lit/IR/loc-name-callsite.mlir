// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo | jopt --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s

// Name locations, with and without a child location, and call-site
// locations, nested. Every location nested in another gets its own alias;
// aliases of leaf locations come first (in order of first use), then those
// of locations that refer to other aliases.

// CHECK: "foo.name"() : () -> () loc(#loc1)
// CHECK-NEXT: "foo.name_child"() : () -> () loc(#loc7)
// CHECK-NEXT: "foo.callsite"() : () -> () loc(#loc8)
// CHECK-NEXT: "foo.nested_callsite"() : () -> () loc(#loc10)
// CHECK-NEXT: "foo.name_again"() : () -> () loc(#loc1)
// CHECK-NEXT: } loc(#loc)
// CHECK-NEXT: #loc = loc("{{.*}}loc-name-callsite.mlir":0:0)
// CHECK-NEXT: #loc1 = loc("name")
// CHECK-NEXT: #loc2 = loc("inner.mlir":3:4)
// CHECK-NEXT: #loc3 = loc("callee.mlir":5:6)
// CHECK-NEXT: #loc4 = loc("caller.mlir":7:8)
// CHECK-NEXT: #loc5 = loc("x")
// CHECK-NEXT: #loc6 = loc("z.mlir":1:1)
// CHECK-NEXT: #loc7 = loc("name"(#loc2))
// CHECK-NEXT: #loc8 = loc(callsite(#loc3 at #loc4))
// CHECK-NEXT: #loc9 = loc(callsite(#loc1 at #loc6))
// CHECK-NEXT: #loc10 = loc(callsite(#loc5 at #loc9))
// CHECK-NOT: #loc
"foo.name"() : () -> () loc("name")
"foo.name_child"() : () -> () loc("name"("inner.mlir":3:4))
"foo.callsite"() : () -> () loc(callsite("callee.mlir":5:6 at "caller.mlir":7:8))
"foo.nested_callsite"() : () -> () loc(callsite("x" at callsite("name" at "z.mlir":1:1)))
"foo.name_again"() : () -> () loc("name")
