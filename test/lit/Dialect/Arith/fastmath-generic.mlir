// RUN: jopt %s --mlir-print-op-generic | FileCheck %s
// RUN: jopt %s | jopt --mlir-print-op-generic | FileCheck %s

// In the generic form the default flags are materialized as #arith.fastmath<none>.

// CHECK-LABEL: "func.func"() <{function_type = (f32) -> f32, sym_name = "generic"}> ({
// CHECK-NEXT:  ^bb0(%arg0: f32):
// CHECK-NEXT:  %0 = "arith.addf"(%arg0, %arg0) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
// CHECK-NEXT:  %1 = "arith.mulf"(%0, %arg0) <{fastmath = #arith.fastmath<nnan,ninf>}> : (f32, f32) -> f32
// CHECK-NEXT:  %2 = "arith.negf"(%1) <{fastmath = #arith.fastmath<fast>}> : (f32) -> f32
// CHECK-NEXT:  "func.return"(%2) : (f32) -> ()
// CHECK-NEXT:  }) : () -> ()
func.func @generic(%a: f32) -> f32 {
  %0 = arith.addf %a, %a : f32
  %1 = arith.mulf %0, %a fastmath<nnan,ninf> : f32
  %2 = arith.negf %1 fastmath<fast> : f32
  return %2 : f32
}
