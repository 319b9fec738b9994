// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// sincos has two results, named %sin and %cos.

// CHECK-LABEL: func.func @sincos(%arg0: f32, %arg1: vector<4xf16>) -> (f32, f32, vector<4xf16>) {
// CHECK-NEXT:  %sin, %cos = math.sincos %arg0 : f32
// CHECK-NEXT:  %sin_0, %cos_1 = math.sincos %arg1 fastmath<fast> : vector<4xf16>
// CHECK-NEXT:  return %sin, %cos, %cos_1 : f32, f32, vector<4xf16>
// CHECK-NEXT:  }
func.func @sincos(%x: f32, %v: vector<4xf16>) -> (f32, f32, vector<4xf16>) {
  %s, %c = math.sincos %x : f32
  %r:2 = math.sincos %v fastmath<fast> : vector<4xf16>
  return %s, %c, %r#1 : f32, f32, vector<4xf16>
}
