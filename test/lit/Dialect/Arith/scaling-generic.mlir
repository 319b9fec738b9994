// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// CHECK-LABEL: "func.func"() <{function_type = (f8E4M3FN, f8E8M0FNU, f32) -> (f32, f16), sym_name = "scaling"}> ({
// CHECK-NEXT:  ^bb0(%arg0: f8E4M3FN, %arg1: f8E8M0FNU, %arg2: f32):
// CHECK-NEXT:  %0 = "arith.scaling_extf"(%arg0, %arg1) <{fastmath = #arith.fastmath<nnan>}> : (f8E4M3FN, f8E8M0FNU) -> f32
// CHECK-NEXT:  %1 = "arith.scaling_truncf"(%arg2, %arg1) <{roundingmode = 2 : i32}> : (f32, f8E8M0FNU) -> f16
// CHECK-NEXT:  "func.return"(%0, %1) : (f32, f16) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @scaling(%a: f8E4M3FN, %s: f8E8M0FNU, %f: f32) -> (f32, f16) {
  %0 = arith.scaling_extf %a, %s fastmath<nnan> : f8E4M3FN, f8E8M0FNU to f32
  %1 = arith.scaling_truncf %f, %s upward : f32, f8E8M0FNU to f16
  return %0, %1 : f32, f16
}
