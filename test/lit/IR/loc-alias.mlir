// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo | jopt --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// Location aliases in the input. The trailing loc(#alias) of an op may
// refer to an alias defined later in the file (which is how mlir-opt prints
// them); the input's alias names are not kept: aliases are renamed #loc,
// #loc1, ... by the printer.

#first = loc("first.mlir":1:1)

// CHECK: module {
// CHECK-NEXT: "foo.a"() : () -> () loc(#loc1)
// CHECK-NEXT: "foo.b"() : () -> () loc(#loc2)
// CHECK-NEXT: "foo.c"() : () -> () loc(#loc3)
// CHECK-NEXT: } loc(#loc)
// CHECK-NEXT: #loc = loc("{{.*}}loc-alias.mlir":0:0)
// CHECK-NEXT: #loc1 = loc("first.mlir":1:1)
// CHECK-NEXT: #loc2 = loc("later.mlir":2:2)
// CHECK-NEXT: #loc3 = loc("n"(#loc1))
// CHECK-NOT: #loc

// In the generic form the location aliases are also printed at the end.
// GENERIC: "builtin.module"() ({
// GENERIC-NEXT: "foo.a"() : () -> () loc(#loc1)
// GENERIC: }) : () -> () loc(#loc)
// GENERIC-NEXT: #loc = loc("{{.*}}loc-alias.mlir":0:0)
// GENERIC-NEXT: #loc1 = loc("first.mlir":1:1)

"foo.a"() : () -> () loc(#first)
"foo.b"() : () -> () loc(#later)
"foo.c"() : () -> () loc(#loc99)
#later = loc("later.mlir":2:2)
#loc99 = loc("n"(#first))
