// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// String attributes. On output, printable ASCII is kept, a backslash is
// doubled, and every other byte (the quote, control characters, and each
// byte of a multi-byte UTF-8 sequence) becomes a two-digit upper-case hex
// escape. Named escapes such as \t, \n and \" are read but never printed.

// CHECK: "foo.plain"() {a = "", b = "hello", c = "a'b", d = "x" : i32} : () -> ()
"foo.plain"() {a = "", b = "hello", c = "a'b", d = "x" : i32} : () -> ()

// CHECK: "foo.escapes"() {a = "quote\22d", b = "back\\slash", c = "tab\09nl\0A", d = "\09"} : () -> ()
"foo.escapes"() {a = "quote\"d", b = "back\\slash", c = "tab\tnl\n", d = "\t"} : () -> ()

// Hex escapes: printable characters are printed as themselves, other bytes
// in upper case.
// CHECK: "foo.hex"() {a = "\00\01\7F\FF", b = "AB", c = "bell\07", d = "\E9"} : () -> ()
"foo.hex"() {a = "\00\01\7F\FF", b = "\41\42", c = "bell\07", d = "\e9"} : () -> ()

// UTF-8 text is printed byte by byte.
// CHECK: "foo.unicode"() {a = "h\C3\A9llo w\C3\B6rld", b = "\E6\97\A5\E6\9C\AC\E8\AA\9E", c = "emoji \F0\9F\98\80"} : () -> ()
"foo.unicode"() {a = "héllo wörld", b = "日本語", c = "emoji 😀"} : () -> ()

// Strings in arrays and dictionaries, and as dictionary keys.
// CHECK: "foo.nested"() {"key with space" = "v", list = ["a", "\0A", ""]} : () -> ()
"foo.nested"() {list = ["a", "\n", ""], "key with space" = "v"} : () -> ()
