// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Numbering is not restarted at isolated-from-above ops such as func.func:
// when the module region itself defines values, numbers inside functions
// continue after all of them, including those defined after the function
// (argument numbers are unaffected).

// CHECK: %0 = "foo.global"() : () -> i32
// CHECK-NEXT: %1:2 = "foo.globals"() : () -> (i1, i1)
%g = "foo.global"() : () -> i32
%h:2 = "foo.globals"() : () -> (i1, i1)

// CHECK-LABEL: func.func @f(%arg0: i32) -> i32 {
// CHECK-NEXT: %3 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: return %3 : i32
func.func @f(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}

// CHECK-LABEL: func.func @g(%arg0: i32) -> i32 {
// CHECK-NEXT: %3 = arith.muli %arg0, %arg0 : i32
// CHECK-NEXT: %4 = arith.addi %3, %3 : i32
func.func @g(%a: i32) -> i32 {
  %0 = arith.muli %a, %a : i32
  %1 = arith.addi %0, %0 : i32
  return %1 : i32
}

// A value defined after the functions is still numbered with the module
// region, before the function bodies.
// CHECK: %2 = "foo.late"() : () -> f32
%late = "foo.late"() : () -> f32
