// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// cf.switch prints one case per line; case values print as unsigned numbers of the flag's width, as upstream.
// Without cases the default entry is followed directly by `]`.

// CHECK-LABEL: func.func @switch(%arg0: i32, %arg1: f32) -> f32 {
// CHECK-NEXT:  cf.switch %arg0 : i32, [
// CHECK-NEXT:  default: ^bb1(%arg1 : f32),
// CHECK-NEXT:  42: ^bb2,
// CHECK-NEXT:  4294967295: ^bb1(%arg1 : f32),
// CHECK-NEXT:  7: ^bb3(%arg0, %arg1 : i32, f32)
// CHECK-NEXT:  ]
// CHECK-NEXT:  ^bb1(%0: f32):  // 3 preds: ^bb0, ^bb0, ^bb2
// CHECK-NEXT:  return %0 : f32
// CHECK-NEXT:  ^bb2:  // pred: ^bb0
// CHECK-NEXT:  cf.switch %arg0 : i32, [
// CHECK-NEXT:  default: ^bb1(%arg1 : f32)]
// CHECK-NEXT:  ^bb3(%1: i32, %2: f32):  // pred: ^bb0
// CHECK-NEXT:  return %2 : f32
// CHECK-NEXT:  }
func.func @switch(%flag: i32, %a: f32) -> f32 {
  cf.switch %flag : i32, [
    default: ^bb1(%a : f32),
    42: ^bb2,
    -1: ^bb1(%a : f32),
    7: ^bb3(%flag, %a : i32, f32)
  ]
^bb1(%x: f32):
  return %x : f32
^bb2:
  cf.switch %flag : i32, [
    default: ^bb1(%a : f32)
  ]
^bb3(%i: i32, %y: f32):
  return %y : f32
}

// CHECK-LABEL: func.func @widths(%arg0: i1, %arg1: i64, %arg2: i8) {
// CHECK-NEXT:  cf.switch %arg0 : i1, [
// CHECK-NEXT:  default: ^bb1,
// CHECK-NEXT:  0: ^bb2
// CHECK-NEXT:  ]
// CHECK-NEXT:  ^bb1:  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT:  cf.switch %arg1 : i64, [
// CHECK-NEXT:  default: ^bb2,
// CHECK-NEXT:  9223372036854775807: ^bb2,
// CHECK-NEXT:  0: ^bb1
// CHECK-NEXT:  ] {my.tag}
// CHECK-NEXT:  ^bb2:  // 3 preds: ^bb0, ^bb1, ^bb1
// CHECK-NEXT:  cf.switch %arg2 : i8, [
// CHECK-NEXT:  default: ^bb3,
// CHECK-NEXT:  128: ^bb3,
// CHECK-NEXT:  255: ^bb3
// CHECK-NEXT:  ]
// CHECK-NEXT:  ^bb3:  // 3 preds: ^bb2, ^bb2, ^bb2
// CHECK-NEXT:  return
// CHECK-NEXT:  }
func.func @widths(%b: i1, %w: i64, %s: i8) {
  cf.switch %b : i1, [
    default: ^bb1,
    0: ^bb2
  ]
^bb1:
  cf.switch %w : i64, [
    default: ^bb2,
    9223372036854775807: ^bb2,
    0: ^bb1
  ] {my.tag}
^bb2:
  cf.switch %s : i8, [
    default: ^bb3,
    -128: ^bb3,
    255: ^bb3
  ]
^bb3:
  return
}
