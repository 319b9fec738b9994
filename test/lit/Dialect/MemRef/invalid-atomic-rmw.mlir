// RUN: jopt %s --split-input-file --verify-diagnostics

func.func @integer_kind_on_float(%m: memref<8xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.atomic_rmw' op with kind 'addi' expects an integer type}}
  %0 = memref.atomic_rmw addi %v, %m[%i] : (f32, memref<8xf32>) -> f32
  return
}

// -----

func.func @float_kind_on_integer(%m: memref<8xi32>, %i: index, %v: i32) {
  // expected-error @+1 {{'memref.atomic_rmw' op with kind 'mulf' expects a floating-point type}}
  %0 = memref.atomic_rmw mulf %v, %m[%i] : (i32, memref<8xi32>) -> i32
  return
}

// -----

func.func @subscripts(%m: memref<8xf32>, %i: index, %v: f32) {
  // expected-error @+1 {{'memref.atomic_rmw' op expects the number of subscripts to be equal to memref rank}}
  %0 = memref.atomic_rmw addf %v, %m[%i, %i] : (f32, memref<8xf32>) -> f32
  return
}

// -----

func.func @index_type(%m: memref<4xi32>, %i: i32) {
  // expected-error @+1 {{'memref.atomic_rmw' op operand #2 must be variadic of index, but got 'i32'}}
  %0 = "memref.atomic_rmw"(%i, %m, %i) <{kind = 1 : i64}> : (i32, memref<4xi32>, i32) -> i32
  return
}
