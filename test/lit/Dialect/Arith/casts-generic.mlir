// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// The rounding mode is an i32 property (to_nearest_even = 0 ... to_nearest_away = 4); optional flags stay absent.

// CHECK-LABEL: "func.func"() <{function_type = (f32, i64) -> (f16, f16, f64, i32, index), sym_name = "generic"}> ({
// CHECK-NEXT:  ^bb0(%arg0: f32, %arg1: i64):
// CHECK-NEXT:  %0 = "arith.truncf"(%arg0) : (f32) -> f16
// CHECK-NEXT:  %1 = "arith.truncf"(%arg0) <{fastmath = #arith.fastmath<nnan>, roundingmode = 3 : i32}> : (f32) -> f16
// CHECK-NEXT:  %2 = "arith.extf"(%arg0) : (f32) -> f64
// CHECK-NEXT:  %3 = "arith.trunci"(%arg1) <{overflowFlags = #arith.overflow<nsw>}> : (i64) -> i32
// CHECK-NEXT:  %4 = "arith.index_castui"(%arg1) : (i64) -> index
// CHECK-NEXT:  "func.return"(%0, %1, %2, %3, %4) : (f16, f16, f64, i32, index) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @generic(%f: f32, %i: i64) -> (f16, f16, f64, i32, index) {
  %0 = arith.truncf %f : f32 to f16
  %1 = arith.truncf %f toward_zero fastmath<nnan> : f32 to f16
  %2 = arith.extf %f : f32 to f64
  %3 = arith.trunci %i overflow<nsw> : i64 to i32
  %4 = arith.index_castui %i : i64 to index
  return %0, %1, %2, %3, %4 : f16, f16, f64, i32, index
}
