// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// The custom form of scf.for: the implicit scf.yield is left out when it yields nothing, and the type of the
// induction variable is spelled only when it is not index.

// CHECK-LABEL: func.func @empty_loop
// CHECK-NEXT:    scf.for %arg3 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT:    }
// CHECK-NEXT:    return
func.func @empty_loop(%lb: index, %ub: index, %step: index) {
  scf.for %i = %lb to %ub step %step {
  }
  return
}

// CHECK-LABEL: func.func @reduction
// CHECK:         %[[ZERO:.*]] = arith.constant 0.000000e+00 : f32
// CHECK-NEXT:    %[[SUM:.*]] = scf.for %arg3 = %arg0 to %arg1 step %arg2 iter_args(%arg4 = %[[ZERO]]) -> (f32) {
// CHECK-NEXT:      %[[NEXT:.*]] = arith.addf %arg4, %arg4 : f32
// CHECK-NEXT:      scf.yield %[[NEXT]] : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[SUM]] : f32
func.func @reduction(%lb: index, %ub: index, %step: index) -> f32 {
  %zero = arith.constant 0.0 : f32
  %sum = scf.for %iv = %lb to %ub step %step iter_args(%acc = %zero) -> (f32) {
    %next = arith.addf %acc, %acc : f32
    scf.yield %next : f32
  }
  return %sum : f32
}

// Upstream prints two spaces before the colon of a non-index induction variable.
// CHECK-LABEL: func.func @i32_loop
// CHECK-NEXT:    %[[R:.*]]:2 = scf.for %arg4 = %arg0 to %arg1 step %arg2 iter_args(%arg5 = %arg3, %arg6 = %arg0) -> (f32, i32)  : i32 {
// CHECK-NEXT:      scf.yield %arg5, %arg6 : f32, i32
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.for %arg4 = %arg0 to %arg1 step %arg2  : i32 {
// CHECK-NEXT:    } {some_attr = 1 : i64}
func.func @i32_loop(%lb: i32, %ub: i32, %step: i32, %f: f32) {
  %r:2 = scf.for %iv = %lb to %ub step %step iter_args(%a = %f, %b = %lb) -> (f32, i32) : i32 {
    scf.yield %a, %b : f32, i32
  }
  scf.for %iv = %lb to %ub step %step : i32 {
  } {some_attr = 1}
  return
}

// An arrow without parentheses is accepted too.
// CHECK-LABEL: func.func @single_type_without_parens
// CHECK:         scf.for %arg1 = %arg0 to %arg0 step %arg0 iter_args(%arg2 = %arg0) -> (index) {
func.func @single_type_without_parens(%x: index) -> index {
  %r = scf.for %iv = %x to %x step %x iter_args(%a = %x) -> index {
    scf.yield %iv : index
  }
  return %r : index
}
