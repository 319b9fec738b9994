// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s

// Attribute and type aliases live in separate namespaces, so #a and !a may
// both be defined. A location used as an ordinary attribute value is printed
// through a #loc alias even without --mlir-print-debuginfo.

#a = i32
!a = i64
#where = loc("x.mlir":1:1)

// CHECK: #loc = loc("x.mlir":1:1)
// CHECK-NEXT: module {
// CHECK-NEXT: "foo.a"() {t = i64, w = #loc, x = i32} : () -> ()
"foo.a"() {x = #a, t = !a, w = #where} : () -> ()
