// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The OCP MX scaling casts: an input and a scale, an optional rounding mode (truncf) and fast-math flags.

// CHECK-LABEL: func.func @scaling(%arg0: f8E4M3FN, %arg1: f8E8M0FNU, %arg2: f32, %arg3: vector<4xf32>, %arg4: vector<4xf8E8M0FNU>) -> (f32, f4E2M1FN, f16, vector<4xf8E5M2>) {
// CHECK-NEXT:  %0 = arith.scaling_extf %arg0, %arg1 : f8E4M3FN, f8E8M0FNU to f32
// CHECK-NEXT:  %1 = arith.scaling_truncf %arg2, %arg1 : f32, f8E8M0FNU to f4E2M1FN
// CHECK-NEXT:  %2 = arith.scaling_truncf %arg2, %arg1 to_nearest_even fastmath<fast> : f32, f8E8M0FNU to f16
// CHECK-NEXT:  %3 = arith.scaling_truncf %arg3, %arg4 downward : vector<4xf32>, vector<4xf8E8M0FNU> to vector<4xf8E5M2>
// CHECK-NEXT:  return %0, %1, %2, %3 : f32, f4E2M1FN, f16, vector<4xf8E5M2>
// CHECK-NEXT:  }
func.func @scaling(%a: f8E4M3FN, %s: f8E8M0FNU, %f: f32, %v: vector<4xf32>, %vs: vector<4xf8E8M0FNU>) -> (f32, f4E2M1FN, f16, vector<4xf8E5M2>) {
  %0 = arith.scaling_extf %a, %s : f8E4M3FN, f8E8M0FNU to f32
  %1 = arith.scaling_truncf %f, %s : f32, f8E8M0FNU to f4E2M1FN
  %2 = arith.scaling_truncf %f, %s to_nearest_even fastmath<fast> : f32, f8E8M0FNU to f16
  %3 = arith.scaling_truncf %v, %vs downward : vector<4xf32>, vector<4xf8E8M0FNU> to vector<4xf8E5M2>
  return %0, %1, %2, %3 : f32, f4E2M1FN, f16, vector<4xf8E5M2>
}
