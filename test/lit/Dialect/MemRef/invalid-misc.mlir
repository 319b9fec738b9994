// RUN: jopt %s --split-input-file --verify-diagnostics

func.func @alignment(%m: memref<8x4xf32>) {
  // expected-error @+1 {{'memref.assume_alignment' op alignment must be power of 2}}
  %a = memref.assume_alignment %m, 3 : memref<8x4xf32>
  return
}

// -----

func.func @space_cast_shape(%m: memref<8x4xf32>) {
  // expected-error @+1 {{'memref.memory_space_cast' op operand type 'memref<8x4xf32>' and result type 'memref<8x8xf32, 1>' are cast incompatible}}
  %c = memref.memory_space_cast %m : memref<8x4xf32> to memref<8x8xf32, 1>
  return
}

// -----

func.func @reshape_element_type(%m: memref<8x4xf32>, %s: memref<2xindex>) {
  // expected-error @+1 {{'memref.reshape' op element types of source and destination memref types should be the same}}
  %r = memref.reshape %m(%s) : (memref<8x4xf32>, memref<2xindex>) -> memref<?x?xi32>
  return
}

// -----

func.func @reshape_rank(%m: memref<8x4xf32>, %s: memref<3xindex>) {
  // expected-error @+1 {{'memref.reshape' op length of shape operand differs from the result's memref rank}}
  %r = memref.reshape %m(%s) : (memref<8x4xf32>, memref<3xindex>) -> memref<?x?xf32>
  return
}

// -----

func.func @reshape_dynamic_length(%m: memref<8x4xf32>, %s: memref<?xindex>) {
  // expected-error @+1 {{'memref.reshape' op cannot use shape operand with dynamic length to reshape to statically-ranked memref type}}
  %r = memref.reshape %m(%s) : (memref<8x4xf32>, memref<?xindex>) -> memref<?x?xf32>
  return
}

// -----

func.func @reshape_layout(%m: memref<8x4xf32, strided<[8, 1]>>, %s: memref<2xindex>) {
  // expected-error @+1 {{'memref.reshape' op source memref type should have identity affine map}}
  %r = memref.reshape %m(%s) : (memref<8x4xf32, strided<[8, 1]>>, memref<2xindex>) -> memref<?x?xf32>
  return
}

// -----

func.func @pointer_type(%m: memref<8x4xf32>) {
  // expected-error @+1 {{'memref.extract_aligned_pointer_as_index' op result #0 must be index, but got 'i64'}}
  %r = "memref.extract_aligned_pointer_as_index"(%m) : (memref<8x4xf32>) -> i64
  return
}
