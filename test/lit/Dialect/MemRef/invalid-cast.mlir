// RUN: jopt %s --split-input-file --verify-diagnostics

func.func @static_size_mismatch(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<8x8xf32>' and result type 'memref<4x8xf32>' are cast incompatible}}
  %0 = memref.cast %m : memref<8x8xf32> to memref<4x8xf32>
  return
}

// -----

func.func @element_type(%m: memref<8x8xf32>) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<8x8xf32>' and result type 'memref<?x?xi32>' are cast incompatible}}
  %0 = memref.cast %m : memref<8x8xf32> to memref<?x?xi32>
  return
}

// -----

func.func @unranked_to_unranked(%m: memref<*xf32>) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<*xf32>' and result type 'memref<*xf32>' are cast incompatible}}
  %0 = memref.cast %m : memref<*xf32> to memref<*xf32>
  return
}

// -----

func.func @static_strides(%m: memref<4xf32, strided<[2]>>) {
  // expected-error @+1 {{'memref.cast' op operand type 'memref<4xf32, strided<[2]>>' and result type 'memref<4xf32, strided<[3]>>' are cast incompatible}}
  %0 = memref.cast %m : memref<4xf32, strided<[2]>> to memref<4xf32, strided<[3]>>
  return
}

// -----

func.func @to_tensor(%m: memref<4xf32>) {
  // expected-error @+1 {{'memref.cast' op result #0 must be ranked or unranked memref of any type values, but got 'tensor<4xf32>'}}
  %0 = "memref.cast"(%m) : (memref<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @reinterpret_size_count(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected 1 size values, got 2}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [8, 8], strides: [8, 1] : memref<8x8xf32> to memref<64xf32>
  return
}

// -----

func.func @reinterpret_size(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected result type with size = 64 instead of 32 in dim = 0}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [64], strides: [1] : memref<8x8xf32> to memref<32xf32>
  return
}

// -----

func.func @reinterpret_element_type(%m: memref<8x8xf32>) {
  // expected-error @+1 {{different element types specified for source type 'memref<8x8xf32>' and result memref type 'memref<64xi32>'}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [64], strides: [1] : memref<8x8xf32> to memref<64xi32>
  return
}

// -----

func.func @reinterpret_offset(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected result type with offset = 1 instead of 0}}
  %0 = memref.reinterpret_cast %m to offset: [1], sizes: [64], strides: [1] : memref<8x8xf32> to memref<64xf32>
  return
}

// -----

func.func @reinterpret_stride(%m: memref<8x8xf32>) {
  // expected-error @+1 {{expected result type with stride = 2 instead of 1 in dim = 0}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [64], strides: [2] : memref<8x8xf32> to memref<64xf32>
  return
}

// -----

func.func @reinterpret_dynamic_size(%m: memref<8x8xf32>, %s: index) {
  // expected-error @+1 {{expected result type with size = dynamic instead of 64 in dim = 0}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [%s], strides: [1] : memref<8x8xf32> to memref<64xf32>
  return
}

// -----

func.func @reinterpret_memory_space(%m: memref<8x8xf32>) {
  // expected-error @+1 {{different memory spaces specified for source type 'memref<8x8xf32>' and result memref type 'memref<64xf32, 1>'}}
  %0 = memref.reinterpret_cast %m to offset: [0], sizes: [64], strides: [1] : memref<8x8xf32> to memref<64xf32, 1>
  return
}
