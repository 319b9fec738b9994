// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | jopt --allow-unregistered-dialect | FileCheck %s

// Type aliases defined in the input are substituted where they are used and
// are not printed back: the output spells the types out. Aliases may refer to
// earlier aliases.

!t = i32
!vec = vector<4xf32>
!tup = tuple<!t, !vec>
!opaque = !foo.bar<"payload">
!mr = memref<4xf32, affine_map<(d0) -> (d0 + 1)>>

// The only alias printed is the one mlir-opt makes for the affine map.
// CHECK-NOT: !t
// CHECK-NOT: !vec
// CHECK: #[[MAP:.*]] = affine_map<(d0) -> (d0 + 1)>
// CHECK-NOT: !t =
// CHECK-LABEL: func.func @f(%arg0: i32, %arg1: vector<4xf32>) -> tuple<i32, vector<4xf32>>
func.func @f(%a: !t, %b: !vec) -> !tup {
  // CHECK-NEXT: %0 = "foo.x"(%arg0, %arg1) : (i32, vector<4xf32>) -> tuple<i32, vector<4xf32>>
  %0 = "foo.x"(%a, %b) : (!t, !vec) -> !tup
  // CHECK-NEXT: %1 = "foo.y"() : () -> !foo.bar<"payload">
  %1 = "foo.y"() : () -> !opaque
  // CHECK-NEXT: %2 = "foo.y"() : () -> memref<4xf32, #[[MAP]]>
  %2 = "foo.y"() : () -> !mr
  // CHECK-NEXT: "foo.z"() {ty = i32} : () -> ()
  "foo.z"() {ty = !t} : () -> ()
  // CHECK-NEXT: return %0 : tuple<i32, vector<4xf32>>
  return %0 : !tup
}
