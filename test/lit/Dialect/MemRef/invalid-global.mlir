// RUN: jopt %s --split-input-file --verify-diagnostics

// expected-error @+1 {{type should be static shaped memref, but got 'memref<?xf32>'}}
memref.global "private" @dynamic : memref<?xf32>

// -----

// expected-error @+1 {{'memref.global' op initial value element expected to be of type 'f32', but was of type 'i32'}}
"memref.global"() <{sym_name = "g", type = memref<2xf32>, initial_value = dense<1> : tensor<2xi32>}> : () -> ()

// -----

// expected-error @+1 {{'memref.global' op initial value shape expected to be 2 but was 3}}
"memref.global"() <{sym_name = "g", type = memref<2xf32>, initial_value = dense<1.0> : tensor<3xf32>}> : () -> ()

// -----

// expected-error @+1 {{'memref.global' op attribute 'type' failed to satisfy constraint: memref type attribute}}
"memref.global"() <{sym_name = "g", type = i32}> : () -> ()

// -----

func.func @undefined_global() {
  // expected-error @+1 {{'memref.get_global' op 'nope' does not reference a valid global memref}}
  %0 = memref.get_global @nope : memref<2xf32>
  return
}

// -----

memref.global "private" @g : memref<2xf32>

func.func @wrong_type() {
  // expected-error @+1 {{'memref.get_global' op result type 'memref<3xf32>' does not match type 'memref<2xf32>' of the global memref @g}}
  %0 = memref.get_global @g : memref<3xf32>
  return
}

// -----

func.func @not_a_global() {
  // expected-error @+1 {{'memref.get_global' op 'not_a_global' does not reference a valid global memref}}
  %0 = memref.get_global @not_a_global : memref<3xf32>
  return
}

// -----

func.func @unranked_global() {
  // expected-error @+1 {{'memref.get_global' op result #0 must be statically shaped memref of any type values, but got 'memref<*xf32>'}}
  %0 = "memref.get_global"() <{name = @g}> : () -> memref<*xf32>
  return
}
