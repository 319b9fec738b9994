// RUN: jopt %s --split-input-file --verify-diagnostics

// Malformed and invalid builtin types, one per split chunk. Each error is
// reported at the type in a function signature.

// A bare 'i' is not an integer type.
// expected-error @+1 {{expected non-function type}}
func.func private @f(i)

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @f(si)

// -----

// There is no f33 type.
// expected-error @+1 {{expected non-function type}}
func.func private @f(f33)

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @f(bf32)

// -----

// expected-error @+1 {{integer bitwidth is limited to 16777215 bits}}
func.func private @f(i16777216)

// -----

// expected-error @+1 {{expected '>' in vector type}}
func.func private @f(vector<f32)

// -----

// expected-error @+1 {{vector types must have positive constant sizes but got 0}}
func.func private @f(vector<0xf32>)

// -----

// Vectors have no dynamic dimensions.
// expected-error @+1 {{expected non-function type}}
func.func private @f(vector<?xf32>)

// -----

// expected-error @+1 {{invalid dimension}}
func.func private @f(vector<4x[?]xf32>)

// -----

// expected-error @+1 {{expected 'x' in dimension list}}
func.func private @f(vector<[4]>)

// -----

// expected-error @+1 {{failed to verify 'elementType': VectorElementTypeInterface instance}}
func.func private @f(vector<2xtuple<i32>>)

// -----

// A dimension list must end in an element type.
// expected-error @+1 {{expected 'x' in dimension list}}
func.func private @f(tensor<2x?>)

// -----

// expected-error @+1 {{expected 'x' in dimension list}}
func.func private @f(tensor<4x4>)

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @f(tensor<-2xf32>)

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @f(tensor<>)

// -----

// expected-error @+1 {{cannot apply encoding to unranked tensor}}
func.func private @f(tensor<*xf32, "enc">)

// -----

// expected-error @+1 {{invalid tensor element type}}
func.func private @f(tensor<4xmemref<4xf32>>)

// -----

// expected-error @+1 {{invalid memref element type}}
func.func private @f(memref<2xtuple<i32>>)

// -----

// expected-error @+1 {{multiple memory spaces specified in memref type}}
func.func private @f(memref<4xf32, 1, 2>)

// -----

// expected-error @+1 {{expected the number of strides to match the rank}}
func.func private @f(memref<4xf32, strided<[1, 1]>>)

// -----

// expected-error @+1 {{memref layout mismatch between rank and affine map: 1 != 2}}
func.func private @f(memref<4xf32, affine_map<(d0, d1) -> (d0)>>)

// -----

// expected-error @+1 {{cannot have affine map for unranked memref type}}
func.func private @f(memref<*xf32, strided<[1]>>)

// -----

// expected-error @+1 {{invalid element type for complex}}
func.func private @f(complex<index>)

// -----

// expected-error @+1 {{expected '>' in complex type}}
func.func private @f(complex<f32)

// -----

// expected-error @+1 {{expected '>' in tuple type}}
func.func private @f(tuple<i32)

// -----

// expected-error @+1 {{expected non-function type}}
func.func private @f((i32) ->)
