// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Comments run from // to the end of the line and may appear between any
// tokens; "//" inside a string is not a comment. Line breaks, spaces and
// tabs are interchangeable between tokens. A literal tab inside a string
// is printed as \09.

// CHECK: "foo.x"() {a = "// not a comment", b = 1 : i64} : () -> ()
// CHECK-NEXT: %0 = "foo.y"() : () -> i32
// CHECK-NEXT: "foo.z"(%0) {s = "tab\09here"} : (i32) -> ()
"foo.x"() // comment here
  {a = "// not a comment", // trailing
   b = 1}
  : () -> () // end
%0	=	"foo.y"()


 : () -> i32
"foo.z"(%0) {s = "tab	here"}	:	(i32)	->	()
