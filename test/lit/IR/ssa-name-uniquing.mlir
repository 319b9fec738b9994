// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect | jopt --allow-unregistered-dialect | FileCheck %s

// Ops may suggest names for their results (arith.constant does: %c0_i32,
// %c0 for index, %true/%false, %cst for other constants). A name already
// used in the region or an enclosing one gets a suffix _N, where N comes
// from one counter shared by all names (not one per name). Names do not
// consume value numbers. Sibling regions may reuse names and suffixes.

// CHECK-LABEL: func.func @f() {
func.func @f() {
  // CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
  // CHECK-NEXT: %c0_i32_0 = arith.constant 0 : i32
  // CHECK-NEXT: %c0_i32_1 = arith.constant 0 : i32
  // CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
  // CHECK-NEXT: %c0 = arith.constant 0 : index
  // CHECK-NEXT: %c0_2 = arith.constant 0 : index
  // CHECK-NEXT: %c-1_i32 = arith.constant -1 : i32
  // CHECK-NEXT: %true = arith.constant true
  // CHECK-NEXT: %false = arith.constant false
  // CHECK-NEXT: %false_3 = arith.constant false
  // CHECK-NEXT: %cst = arith.constant 1.000000e+00 : f32
  // CHECK-NEXT: %cst_4 = arith.constant 2.000000e+00 : f64
  // CHECK-NEXT: %c5_i8 = arith.constant 5 : i8
  // CHECK-NEXT: %cst_5 = arith.constant dense<0> : vector<4xi32>
  // CHECK-NEXT: %cst_6 = arith.constant dense<0> : vector<4xi32>
  // CHECK-NEXT: %c42 = arith.constant 42 : index
  // CHECK-NEXT: %c-7 = arith.constant -7 : index
  %a = arith.constant 0 : i32
  %b = arith.constant 0 : i32
  %c = arith.constant 0 : i32
  %d = arith.constant 1 : i32
  %e = arith.constant 0 : index
  %e2 = arith.constant 0 : index
  %f = arith.constant -1 : i32
  %g = arith.constant true
  %h = arith.constant false
  %h2 = arith.constant false
  %i = arith.constant 1.0 : f32
  %i2 = arith.constant 2.0 : f64
  %j = arith.constant 5 : i8
  %k = arith.constant dense<0> : vector<4xi32>
  %k2 = arith.constant dense<0> : vector<4xi32>
  %l = arith.constant 42 : index
  %m = arith.constant -7 : index
  // Nested regions see the enclosing names; the suffixes there continue from
  // the counter as it was after the whole parent region was named.
  // CHECK-NEXT: "foo.r"() ({
  // CHECK-NEXT: %c0_i32_8 = arith.constant 0 : i32
  // CHECK-NEXT: %c0_i64 = arith.constant 0 : i64
  // CHECK-NEXT: "foo.y"() : () -> ()
  // CHECK-NEXT: }, {
  // CHECK-NEXT: %c0_i32_8 = arith.constant 0 : i32
  // CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
  // CHECK-NEXT: "foo.y"() : () -> ()
  // CHECK-NEXT: }) : () -> ()
  "foo.r"() ({
    %n = arith.constant 0 : i32
    %o = arith.constant 0 : i64
    "foo.y"() : () -> ()
  }, {
    %p = arith.constant 0 : i32
    %p2 = arith.constant 3 : i32
    "foo.y"() : () -> ()
  }) : () -> ()
  // CHECK-NEXT: %c0_i32_7 = arith.constant 0 : i32
  %q = arith.constant 0 : i32
  return
}

// Another function reuses the same names; plain numbers are independent.
// CHECK-LABEL: func.func @g() -> (i32, i32) {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %0 = arith.addi %c0_i32, %c0_i32 : i32
// CHECK-NEXT: %c0_i32_0 = arith.constant 0 : i32
// CHECK-NEXT: return %0, %c0_i32_0 : i32, i32
func.func @g() -> (i32, i32) {
  %a = arith.constant 0 : i32
  %x = arith.addi %a, %a : i32
  %b = arith.constant 0 : i32
  return %x, %b : i32, i32
}
