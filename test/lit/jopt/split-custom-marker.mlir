// RUN: jopt %s --allow-unregistered-dialect --split-input-file='//'' ====' --output-split-marker='//'' >>>>' | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --split-input-file | FileCheck %s --check-prefix=DEFAULT

// --split-input-file=MARKER splits at a marker of one's choice and
// --output-split-marker=MARKER joins the outputs with another. (The RUN line
// spells the markers in two quoted pieces so that it does not contain them.)

// CHECK: module {
// CHECK-NEXT: "foo.a"() : () -> ()
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: {{^}}//{{ }}>>>>{{$}}
// CHECK-NEXT: module {
// CHECK-NEXT: "foo.b"() : () -> ()
// CHECK-NEXT: "foo.c"() : () -> ()
// CHECK-NEXT: }

// With the default marker, the file is a single chunk.
// DEFAULT: module {
// DEFAULT-NEXT: "foo.a"() : () -> ()
// DEFAULT-NEXT: "foo.b"() : () -> ()
// DEFAULT-NEXT: "foo.c"() : () -> ()
// DEFAULT-NEXT: }
"foo.a"() : () -> ()
// ====
"foo.b"() : () -> ()
"foo.c"() : () -> ()
