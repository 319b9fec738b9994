// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Attribute aliases defined in the input (#name = attr) are resolved while
// parsing and are not printed back. Affine maps get mlir-opt's own aliases
// (#map...), whatever they were called in the input; other attributes are
// printed inline. Aliases may use earlier aliases.

#user_map = affine_map<(d0) -> (d0 + 5)>
#five = 5 : i32
#str = "hello"
#arr = [1, #five]
#dict = {k = #str}
#op = #foo.thing<1, 2>
#ty = i32

// CHECK-NOT: #user_map
// CHECK-NOT: #five
// CHECK: #map = affine_map<(d0) -> (d0 + 5)>
// CHECK-NEXT: module {
// CHECK-NEXT: "foo.x"() {a = #map, b = 5 : i32, c = "hello", d = [1, 5 : i32], e = {k = "hello"}, f = #foo.thing<1, 2>, g = #foo.thing<1, 2>, h = i32} : () -> ()
"foo.x"() {a = #user_map, b = #five, c = #str, d = #arr, e = #dict, f = #op, g = #op, h = #ty} : () -> ()

// Aliases in types.
// CHECK-NEXT: func.func private @f(memref<4xf32, #map>, tensor<2xf32, "hello">)
func.func private @f(memref<4xf32, #user_map>, tensor<2xf32, #str>)
