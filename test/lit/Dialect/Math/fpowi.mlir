// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// fpowi raises a float to a signless integer power; both types are spelled.

// CHECK-LABEL: func.func @fpowi(%arg0: f32, %arg1: i32, %arg2: vector<2xf64>, %arg3: vector<2xi64>) -> (f32, f32, vector<2xf64>) {
// CHECK-NEXT:  %0 = math.fpowi %arg0, %arg1 : f32, i32
// CHECK-NEXT:  %1 = math.fpowi %arg0, %arg1 fastmath<afn> : f32, i32
// CHECK-NEXT:  %2 = math.fpowi %arg2, %arg3 : vector<2xf64>, vector<2xi64>
// CHECK-NEXT:  return %0, %1, %2 : f32, f32, vector<2xf64>
// CHECK-NEXT:  }
func.func @fpowi(%x: f32, %i: i32, %v: vector<2xf64>, %vi: vector<2xi64>) -> (f32, f32, vector<2xf64>) {
  %0 = math.fpowi %x, %i : f32, i32
  %1 = math.fpowi %x, %i fastmath<afn> : f32, i32
  %2 = math.fpowi %v, %vi : vector<2xf64>, vector<2xi64>
  return %0, %1, %2 : f32, f32, vector<2xf64>
}
