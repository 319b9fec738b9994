// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo | jopt --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s --check-prefix=NODEBUG

// File locations. Without an explicit loc(...), an op's location is the
// position of its name in the input (after any `%x = `), and the implicit
// module gets line 0, column 0 of the input. With --mlir-print-debuginfo,
// locations of ops are printed as loc(#locN) references to aliases listed
// after the module; equal locations share an alias.

// CHECK: module {
// CHECK-NEXT: "foo.implicit"() : () -> () loc(#loc1)
// CHECK-NEXT: %0 = "foo.implicit_result"() : () -> i32 loc(#loc2)
// CHECK-NEXT: "foo.indented"(%0) : (i32) -> () loc(#loc3)
// CHECK-NEXT: "foo.explicit"() : () -> () loc(#loc4)
// CHECK-NEXT: "foo.same"() : () -> () loc(#loc4)
// CHECK-NEXT: "foo.line_only"() : () -> () loc(#loc5)
// CHECK-NEXT: "foo.range"() : () -> () loc(#loc6)
// CHECK-NEXT: "foo.range_same_line"() : () -> () loc(#loc7)
// CHECK-NEXT: "foo.escaped"() : () -> () loc(#loc8)
// CHECK-NEXT: } loc(#loc)
// CHECK-NEXT: #loc = loc("{{.*}}loc-file-line-col.mlir":0:0)
// CHECK-NEXT: #loc1 = loc("{{.*}}loc-file-line-col.mlir":[[@LINE+16]]:1)
// CHECK-NEXT: #loc2 = loc("{{.*}}loc-file-line-col.mlir":[[@LINE+16]]:6)
// CHECK-NEXT: #loc3 = loc("{{.*}}loc-file-line-col.mlir":[[@LINE+16]]:5)
// CHECK-NEXT: #loc4 = loc("file.mlir":1:2)
// A location with only a line gets column 0.
// CHECK-NEXT: #loc5 = loc("only_line.mlir":5:0)
// CHECK-NEXT: #loc6 = loc("range.mlir":1:2 to 3:4)
// CHECK-NEXT: #loc7 = loc("range.mlir":1:2 to :9)
// CHECK-NEXT: #loc8 = loc("esc\22aped":1:1)
// CHECK-NOT: #loc

// Without --mlir-print-debuginfo no location is printed.
// NODEBUG-NOT: loc
// NODEBUG: "foo.implicit"() : () -> (){{$}}
// NODEBUG-NOT: loc

"foo.implicit"() : () -> ()
%0 = "foo.implicit_result"() : () -> i32
    "foo.indented"(%0) : (i32) -> ()
"foo.explicit"() : () -> () loc("file.mlir":1:2)
"foo.same"() : () -> () loc("file.mlir":1:2)
"foo.line_only"() : () -> () loc("only_line.mlir":5)
"foo.range"() : () -> () loc("range.mlir":1:2 to 3:4)
"foo.range_same_line"() : () -> () loc("range.mlir":1:2 to :9)
"foo.escaped"() : () -> () loc("esc\"aped":1:1)
