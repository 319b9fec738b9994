// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// Generic form: float ops carry #arith.fastmath (none by default), integer ops have no properties.

// CHECK-LABEL: "func.func"() <{function_type = (f32, i32, vector<2xf32>) -> (f32, i32, f32, vector<2xi1>, f32, f32), sym_name = "generic"}> ({
// CHECK-NEXT:  ^bb0(%arg0: f32, %arg1: i32, %arg2: vector<2xf32>):
// CHECK-NEXT:  %0 = "math.sqrt"(%arg0) <{fastmath = #arith.fastmath<none>}> : (f32) -> f32
// CHECK-NEXT:  %1 = "math.ctlz"(%arg1) : (i32) -> i32
// CHECK-NEXT:  %2 = "math.fpowi"(%arg0, %arg1) <{fastmath = #arith.fastmath<fast>}> : (f32, i32) -> f32
// CHECK-NEXT:  %3 = "math.isnan"(%arg2) <{fastmath = #arith.fastmath<none>}> : (vector<2xf32>) -> vector<2xi1>
// CHECK-NEXT:  %4 = "math.clampf"(%arg0, %arg0, %arg0) <{fastmath = #arith.fastmath<none>}> : (f32, f32, f32) -> f32
// CHECK-NEXT:  %5:2 = "math.sincos"(%arg0) <{fastmath = #arith.fastmath<none>}> : (f32) -> (f32, f32)
// CHECK-NEXT:  "func.return"(%0, %1, %2, %3, %4, %5#0) : (f32, i32, f32, vector<2xi1>, f32, f32) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @generic(%x: f32, %i: i32, %v: vector<2xf32>) -> (f32, i32, f32, vector<2xi1>, f32, f32) {
  %0 = math.sqrt %x : f32
  %1 = math.ctlz %i : i32
  %2 = math.fpowi %x, %i fastmath<fast> : f32, i32
  %3 = math.isnan %v : vector<2xf32>
  %4 = math.clampf %x to [%x, %x] : f32
  %5:2 = math.sincos %x : f32
  return %0, %1, %2, %3, %4, %5#0 : f32, i32, f32, vector<2xi1>, f32, f32
}
