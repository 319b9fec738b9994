// RUN: jopt %s --allow-unregistered-dialect --split-input-file | FileCheck %s

// The top-level op. Input consisting of a single builtin.module is used as
// it is; anything else (including nothing, or several modules) is wrapped
// in an implicit, unnamed module.

// An input with no ops gives an empty module.
// CHECK: {{^}}module {
// CHECK-NEXT: {{^}}}
// CHECK-EMPTY:
// CHECK-NEXT: //{{ }}-----

// -----

// A single module is not wrapped again; its name and attributes are kept.
// CHECK-NEXT: {{^}}module @named attributes {foo.bar = 1 : i64} {
// CHECK-NEXT: {{^}}  module @inner {
// CHECK-NEXT: {{^}}  }
// CHECK-NEXT: {{^}}}
// CHECK-EMPTY:
// CHECK-NEXT: //{{ }}-----
module @named attributes {foo.bar = 1} {
  module @inner {
  }
}

// -----

// The custom form may be spelled with its dialect prefix.
// CHECK-NEXT: {{^}}module {
// CHECK-NEXT: {{^}}}
// CHECK-EMPTY:
// CHECK-NEXT: //{{ }}-----
builtin.module {
}

// -----

// A module and another op: both go into an implicit module.
// CHECK-NEXT: {{^}}module {
// CHECK-NEXT: {{^}}  module {
// CHECK-NEXT: {{^}}  }
// CHECK-NEXT: {{^}}  "foo.x"() : () -> ()
// CHECK-NEXT: {{^}}}
// CHECK-EMPTY:
// CHECK-NEXT: //{{ }}-----
module {
}
"foo.x"() : () -> ()

// -----

// A generic module; an inherent attribute given in the attribute dictionary
// becomes the property, so this is the module @x.
// CHECK-NEXT: {{^}}module @x {
// CHECK-NEXT: {{^}}}
"builtin.module"() ({
^bb0:
}) {sym_name = "x"} : () -> ()
