// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-debuginfo | jopt --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s --check-prefix=NODEBUG

// Locations of block arguments (and of function arguments) are written
// inline after the type. An argument without one gets the position of its
// name. mlir-opt prints argument locations inline, but the aliases of
// locations used by block arguments (and of their parts) are printed before
// the module, since they cannot be referenced before being defined; aliases
// used only by ops follow the module. Both share one numbering.

// CHECK: #loc2 = loc("arg_a")
// CHECK-NEXT: #loc3 = loc("{{.*}}loc-block-args.mlir":[[@LINE+33]]:36)
// CHECK-NEXT: #loc5 = loc("x.mlir":9:9)
// CHECK-NEXT: #loc7 = loc(unknown)
// CHECK-NEXT: #loc8 = loc("p1.mlir":1:1)
// CHECK-NEXT: #loc9 = loc("p2")
// CHECK-NEXT: #loc10 = loc(fused[#loc8, #loc9])
// CHECK-NEXT: module {
// CHECK-NEXT: func.func @f(%arg0: i32 loc("arg_a"), %arg1: f32 loc("{{.*}}loc-block-args.mlir":[[@LINE+26]]:36)) -> i32 {
// CHECK-NEXT: cf.br ^bb1(%arg0 : i32) loc(#loc4)
// CHECK-NEXT: ^bb1(%0: i32 loc("x.mlir":9:9)):  // pred: ^bb0
// CHECK-NEXT: return %0 : i32 loc(#loc6)
// CHECK-NEXT: } loc(#loc1)
// CHECK-NEXT: "foo.r"() ({
// CHECK-NEXT: ^bb0(%arg0: index loc(fused[#loc8, #loc9]), %arg1: index loc(unknown)):
// CHECK-NEXT: "foo.y"() : () -> () loc(#loc7)
// CHECK-NEXT: }) : () -> () loc(#loc7)
// CHECK-NEXT: } loc(#loc)
// CHECK-NEXT: #loc = loc("{{.*}}loc-block-args.mlir":0:0)
// CHECK-NEXT: #loc1 = loc("func.mlir":1:1)
// CHECK-NEXT: #loc4 = loc("{{.*}}loc-block-args.mlir":[[@LINE+15]]:3)
// CHECK-NEXT: #loc6 = loc("ret.mlir":1:1)
// CHECK-NOT: #loc

// NODEBUG: func.func @f(%arg0: i32, %arg1: f32) -> i32 {
// NODEBUG-NEXT: cf.br ^bb1(%arg0 : i32)
// NODEBUG-NEXT: ^bb1(%0: i32):  // pred: ^bb0
// NODEBUG-NEXT: return %0 : i32
// NODEBUG-NEXT: }
// NODEBUG-NEXT: "foo.r"() ({
// NODEBUG-NEXT: ^bb0(%arg0: index, %arg1: index):
// NODEBUG-NEXT: "foo.y"() : () -> ()
// NODEBUG-NEXT: }) : () -> ()

func.func @f(%a: i32 loc("arg_a"), %b: f32) -> i32 {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32 loc("x.mlir":9:9)):
  return %x : i32 loc("ret.mlir":1:1)
} loc("func.mlir":1:1)
"foo.r"() ({
^bb0(%p: index loc(fused["p1.mlir":1:1, "p2"]), %q: index loc(unknown)):
  "foo.y"() : () -> () loc(unknown)
}) : () -> () loc(unknown)
