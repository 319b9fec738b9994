// RUN: jopt %s --allow-unregistered-dialect --split-input-file | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --split-input-file --mlir-print-debuginfo | FileCheck %s --check-prefix=LOC

// With --split-input-file the input is cut at each split marker (two
// slashes, a space and five dashes, found anywhere in a line, so it must not
// appear in comments or CHECK lines) and every chunk is parsed, verified and
// printed on its own: aliases, value numbers and the implicit module are per
// chunk. The outputs are joined by a blank line and the marker. A chunk with
// nothing in it still prints an empty module. Locations keep the line
// numbers of the whole file.

// CHECK: #map = affine_map<(d0) -> (d0 + 1)>
// CHECK-NEXT: module {
// CHECK-NEXT: "foo.a"() {m = #map} : () -> ()
// CHECK-NEXT: %0 = "foo.first"() : () -> i32
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: //{{ }}-----
#m = affine_map<(d0) -> (d0 + 1)>
"foo.a"() {m = #m} : () -> ()
%0 = "foo.first"() : () -> i32

// -----

// Aliases restart at #map and values at %0 in the next chunk.
// CHECK-NEXT: #map = affine_map<(d0) -> (d0 + 2)>
// CHECK-NEXT: module {
// CHECK-NEXT: "foo.b"() {m = #map} : () -> ()
// CHECK-NEXT: %0 = "foo.c"() : () -> i32
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: //{{ }}-----
"foo.b"() {m = affine_map<(d0) -> (d0 + 2)>} : () -> ()
%0 = "foo.c"() : () -> i32

// -----

// CHECK-NEXT: module {
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: //{{ }}-----
// CHECK-NEXT: module {
// CHECK-NEXT: "foo.last"() : () -> ()
// CHECK-NEXT: }
// CHECK-NOT: -----

// -----
"foo.last"() : () -> ()

// The location of each op is its line in the whole file.
// LOC: #loc1 = loc("{{.*}}split-input.mlir":[[@LINE-31]]:1)
// LOC: //{{ }}-----
// LOC: #loc1 = loc("{{.*}}split-input.mlir":[[@LINE-20]]:1)
// LOC: //{{ }}-----
// LOC: //{{ }}-----
// LOC: #loc1 = loc("{{.*}}split-input.mlir":[[@LINE-8]]:1)
