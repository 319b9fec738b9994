// RUN: jopt %s --split-input-file --verify-diagnostics

func.func @identity_result_layout(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected result type to be 'memref<2x2xf32, strided<[8, 1]>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<2x2xf32>'}}
  %0 = memref.subview %m[0, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32>
  return
}

// -----

func.func @list_ranks(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected mixed offsets rank to match mixed sizes rank (2 vs 1) so the rank of the result type is well-formed.}}
  %0 = memref.subview %m[0, 0] [2] [1, 1] : memref<8x8xf32> to memref<2x2xf32>
  return
}

// -----

func.func @element_type(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected result element type to be 'f32', but got 'memref<2x2xi32, strided<[8, 1]>>'}}
  %0 = memref.subview %m[0, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xi32, strided<[8, 1]>>
  return
}

// -----

func.func @sizes(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected result type to be 'memref<2x2xf32, strided<[8, 1]>>' or a rank-reduced version. (mismatch of result sizes), but got 'memref<2x3xf32, strided<[8, 1]>>'}}
  %0 = memref.subview %m[0, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x3xf32, strided<[8, 1]>>
  return
}

// -----

func.func @memory_space(%m: memref<8x8xf32>) {
  // expected-error @+1 {{different memory spaces specified for base memref type 'memref<8x8xf32>' and subview memref type 'memref<2x2xf32, strided<[8, 1]>, 1>'}}
  %0 = memref.subview %m[0, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1]>, 1>
  return
}

// -----

func.func @offset(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected result type to be 'memref<2x2xf32, strided<[8, 1]>>' or a rank-reduced version. (mismatch of result layout), but got 'memref<2x2xf32, strided<[8, 1], offset: 3>>'}}
  %0 = memref.subview %m[0, 0] [2, 2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1], offset: 3>>
  return
}

// -----

func.func @rank_reduction_sizes(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected result type to be 'memref<1x2xf32, strided<[8, 1]>>' or a rank-reduced version. (mismatch of result sizes), but got 'memref<3xf32, strided<[1]>>'}}
  %0 = memref.subview %m[0, 0] [1, 2] [1, 1] : memref<8x8xf32> to memref<3xf32, strided<[1]>>
  return
}

// -----

func.func @out_of_bounds(%m: memref<8x8xf32>) {
  // expected-error @+1 {{slice along dimension 0 runs out-of-bounds: 8 >= 8}}
  %0 = memref.subview %m[0, 0] [9, 2] [1, 1] : memref<8x8xf32> to memref<9x2xf32, strided<[8, 1]>>
  return
}

// -----

func.func @offset_out_of_bounds(%m: memref<8x8xf32>) {
  // expected-error @+1 {{offset 1 is out-of-bounds: 8 >= 8}}
  %0 = memref.subview %m[0, 8] [1, 1] [1, 1] : memref<8x8xf32> to memref<1x1xf32, strided<[8, 1], offset: 8>>
  return
}

// -----

func.func @rank_too_large(%m: memref<8xf32>) {
  // expected-error @+1 {{expected result rank to be smaller or equal to the source rank, but got 'memref<1x2xf32, strided<[1, 1]>>'}}
  %0 = memref.subview %m[0] [2] [1] : memref<8xf32> to memref<1x2xf32, strided<[1, 1]>>
  return
}

// -----

func.func @dynamic_count(%m: memref<8x8xf32>, %i: index) {
  // expected-error @+1 {{expected the number of 'offsets' to match the number of dynamic entries in 'static_offsets' (1 vs 0)}}
  %0 = "memref.subview"(%m, %i) <{operandSegmentSizes = array<i32: 1, 1, 0, 0>, static_offsets = array<i64: 0, 0>, static_sizes = array<i64: 2, 2>, static_strides = array<i64: 1, 1>}> : (memref<8x8xf32>, index) -> memref<2x2xf32, strided<[8, 1]>>
  return
}

// -----

func.func @list_length(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected 2 offset values, got 3}}
  %0 = "memref.subview"(%m) <{operandSegmentSizes = array<i32: 1, 0, 0, 0>, static_offsets = array<i64: 0, 0, 0>, static_sizes = array<i64: 2, 2, 2>, static_strides = array<i64: 1, 1, 1>}> : (memref<8x8xf32>) -> memref<2x2xf32, strided<[8, 1]>>
  return
}

// -----

func.func @negative_size(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected sizes to be non-negative, but got -2}}
  %0 = memref.subview %m[0, 0] [2, -2] [1, 1] : memref<8x8xf32> to memref<2x2xf32, strided<[8, 1]>>
  return
}
