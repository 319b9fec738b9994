// RUN: jopt %s --split-input-file --verify-diagnostics

func.func @group_size(%m: memref<64xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op collapsed dim size (64) must equal reassociation group size (32)}}
  %0 = memref.expand_shape %m [[0, 1]] output_shape [8, 4] : memref<64xf32> into memref<8x4xf32>
  return
}

// -----

func.func @expanded_element_type(%m: memref<64xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op expected expanded type to be 'memref<8x8xf32>' but found 'memref<8x8xi32>'}}
  %0 = memref.expand_shape %m [[0, 1]] output_shape [8, 8] : memref<64xf32> into memref<8x8xi32>
  return
}

// -----

func.func @group_count(%m: memref<64x2xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op invalid number of reassociation groups: found 1, expected 2}}
  %0 = memref.expand_shape %m [[0, 1]] output_shape [8, 8] : memref<64x2xf32> into memref<8x8x2xf32>
  return
}

// -----

func.func @output_shape_rank(%m: memref<64xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op expected number of static shape bounds to be equal to the output rank (2) but found 3 inputs instead}}
  %0 = memref.expand_shape %m [[0, 1]] output_shape [8, 8, 1] : memref<64xf32> into memref<8x8xf32>
  return
}

// -----

func.func @output_shape_value(%m: memref<64xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op invalid output shape provided at pos 1}}
  %0 = memref.expand_shape %m [[0, 1]] output_shape [8, 9] : memref<64xf32> into memref<8x8xf32>
  return
}

// -----

func.func @not_an_expansion(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'memref.expand_shape' op has source rank 2 and result rank 1. This is not an expansion (2 > 1).}}
  %0 = memref.expand_shape %m [[0, 1]] output_shape [8, 8] : memref<8x8xf32> into memref<64xf32>
  return
}

// -----

func.func @expanded_layout(%m: memref<16xf32, strided<[2]>>) {
  // expected-error @+1 {{'memref.expand_shape' op expected expanded type to be 'memref<4x4xf32, strided<[8, 2]>>' but found 'memref<4x4xf32>'}}
  %0 = memref.expand_shape %m [[0, 1]] output_shape [4, 4] : memref<16xf32, strided<[2]>> into memref<4x4xf32>
  return
}

// -----

func.func @collapsed_size(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op collapsed dim size (32) must equal reassociation group size (64)}}
  %0 = memref.collapse_shape %m [[0, 1]] : memref<8x8xf32> into memref<32xf32>
  return
}

// -----

func.func @not_contiguous(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op reassociation indices must be contiguous}}
  %0 = memref.collapse_shape %m [[1, 0]] : memref<8x8xf32> into memref<64xf32>
  return
}

// -----

func.func @collapsed_layout(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op expected collapsed type to be 'memref<64xf32>' but found 'memref<64xf32, strided<[2]>>'}}
  %0 = memref.collapse_shape %m [[0, 1]] : memref<8x8xf32> into memref<64xf32, strided<[2]>>
  return
}

// -----

func.func @non_contiguous_source(%m: memref<8x8xf32, strided<[16, 1]>>) {
  // expected-error @+1 {{'memref.collapse_shape' op invalid source layout map or collapsing non-contiguous dims}}
  %0 = memref.collapse_shape %m [[0, 1]] : memref<8x8xf32, strided<[16, 1]>> into memref<64xf32>
  return
}

// -----

func.func @not_a_collapse(%m: memref<64xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op has source rank 1 and result rank 2. This is not a collapse (1 < 2).}}
  %0 = memref.collapse_shape %m [[0]] : memref<64xf32> into memref<8x8xf32>
  return
}

// -----

func.func @dynamic_mismatch(%m: memref<?x8xf32>) {
  // expected-error @+1 {{'memref.collapse_shape' op collapsed dim (0) must be dynamic if and only if reassociation group is dynamic}}
  %0 = memref.collapse_shape %m [[0, 1]] : memref<?x8xf32> into memref<64xf32>
  return
}
