// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// #arith.fastmath flags print in declaration order separated by "," without spaces; all seven bits print as the
// group `fast`; `none` (the default) is left out of the custom form.

// CHECK-LABEL: func.func @flags(%arg0: f32, %arg1: f32) -> f32 {
// CHECK-NEXT:  %0 = arith.addf %arg0, %arg1 fastmath<fast> : f32
// CHECK-NEXT:  %1 = arith.subf %0, %arg1 fastmath<reassoc,afn> : f32
// CHECK-NEXT:  %2 = arith.mulf %1, %arg1 fastmath<fast> : f32
// CHECK-NEXT:  %3 = arith.divf %2, %arg1 : f32
// CHECK-NEXT:  %4 = arith.negf %3 fastmath<nsz> : f32
// CHECK-NEXT:  %5 = arith.maximumf %4, %arg1 fastmath<nnan,ninf> : f32
// CHECK-NEXT:  %6 = arith.remf %5, %arg1 fastmath<contract> : f32
// CHECK-NEXT:  %7 = arith.addf %6, %arg1 fastmath<arcp> : f32
// CHECK-NEXT:  %8 = arith.addf %7, %arg1 fastmath<fast> : f32
// CHECK-NEXT:  return %8 : f32
// CHECK-NEXT:  }
func.func @flags(%a: f32, %b: f32) -> f32 {
  %0 = arith.addf %a, %b fastmath<fast> : f32
  %1 = arith.subf %0, %b fastmath<afn,reassoc> : f32
  %2 = arith.mulf %1, %b fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> : f32
  %3 = arith.divf %2, %b fastmath<none> : f32
  %4 = arith.negf %3 fastmath<nsz> : f32
  %5 = arith.maximumf %4, %b fastmath<nnan, ninf> : f32
  %6 = arith.remf %5, %b fastmath<none,contract> : f32
  %7 = arith.addf %6, %b {fastmath = #arith.fastmath<arcp>} : f32
  %8 = arith.addf %7, %b fastmath<fast,nnan> : f32
  return %8 : f32
}
