// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Binary and ternary float ops; clampf spells its bounds as `to [%min, %max]`.

// CHECK-LABEL: func.func @binary(%arg0: f32, %arg1: f32, %arg2: f32) -> (f32, f32, f32, f32, f32) {
// CHECK-NEXT:  %0 = math.atan2 %arg0, %arg1 : f32
// CHECK-NEXT:  %1 = math.copysign %arg0, %arg1 fastmath<nsz> : f32
// CHECK-NEXT:  %2 = math.powf %arg0, %arg1 fastmath<fast> : f32
// CHECK-NEXT:  %3 = math.fma %arg0, %arg1, %arg2 : f32
// CHECK-NEXT:  %4 = math.clampf %arg0 to [%arg1, %arg2] fastmath<fast> : f32
// CHECK-NEXT:  return %0, %1, %2, %3, %4 : f32, f32, f32, f32, f32
// CHECK-NEXT:  }
func.func @binary(%x: f32, %y: f32, %z: f32) -> (f32, f32, f32, f32, f32) {
  %0 = math.atan2 %x, %y : f32
  %1 = math.copysign %x, %y fastmath<nsz> : f32
  %2 = math.powf %x, %y fastmath<fast> : f32
  %3 = math.fma %x, %y, %z : f32
  %4 = math.clampf %x to [%y, %z] fastmath<fast> : f32
  return %0, %1, %2, %3, %4 : f32, f32, f32, f32, f32
}

// CHECK-LABEL: func.func @shaped(%arg0: vector<[4]xbf16>, %arg1: tensor<2x3xf64>) -> (vector<[4]xbf16>, tensor<2x3xf64>) {
// CHECK-NEXT:  %0 = math.fma %arg0, %arg0, %arg0 fastmath<contract> : vector<[4]xbf16>
// CHECK-NEXT:  %1 = math.clampf %arg1 to [%arg1, %arg1] : tensor<2x3xf64>
// CHECK-NEXT:  return %0, %1 : vector<[4]xbf16>, tensor<2x3xf64>
// CHECK-NEXT:  }
func.func @shaped(%v: vector<[4]xbf16>, %t: tensor<2x3xf64>) -> (vector<[4]xbf16>, tensor<2x3xf64>) {
  %0 = math.fma %v, %v, %v fastmath<contract> : vector<[4]xbf16>
  %1 = math.clampf %t to [%t, %t] : tensor<2x3xf64>
  return %0, %1 : vector<[4]xbf16>, tensor<2x3xf64>
}
