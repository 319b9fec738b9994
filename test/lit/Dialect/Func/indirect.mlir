// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// func.constant names its result %f (whatever function it names); call_indirect's operand and result types come
// from the callee's function type.

// CHECK-LABEL: func.func private @target(i32) -> i32
func.func private @target(i32) -> i32

// CHECK-LABEL: func.func @indirect(%arg0: i32, %arg1: (i32) -> i32) -> i32 {
// CHECK-NEXT:  %f = constant @target : (i32) -> i32
// CHECK-NEXT:  %f_0 = constant @indirect : (i32, (i32) -> i32) -> i32
// CHECK-NEXT:  %0 = call_indirect %f(%arg0) : (i32) -> i32
// CHECK-NEXT:  %1 = call_indirect %arg1(%0) {my.z} : (i32) -> i32
// CHECK-NEXT:  %2 = call_indirect %f_0(%1, %arg1) : (i32, (i32) -> i32) -> i32
// CHECK-NEXT:  return %2 : i32
// CHECK-NEXT:  }
func.func @indirect(%a: i32, %fn: (i32) -> i32) -> i32 {
  %f = func.constant @target : (i32) -> i32
  %g = constant @indirect : (i32, (i32) -> i32) -> i32
  %0 = func.call_indirect %f(%a) : (i32) -> i32
  %1 = call_indirect %fn(%0) {my.z} : (i32) -> i32
  %2 = call_indirect %g(%1, %fn) : (i32, (i32) -> i32) -> i32
  return %2 : i32
}

// CHECK-LABEL: func.func @no_results(%arg0: () -> ()) {
// CHECK-NEXT:  call_indirect %arg0() : () -> ()
// CHECK-NEXT:  return
// CHECK-NEXT:  }
func.func @no_results(%fn: () -> ()) {
  call_indirect %fn() : () -> ()
  return
}
