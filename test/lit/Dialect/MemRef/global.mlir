// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Initializers are parsed with the tensor type of the memref's shape and printed without it.

// CHECK:      memref.global "private" constant @c : memref<2xf32> = dense<[1.000000e+00, 2.000000e+00]>
// CHECK-NEXT: memref.global @u : memref<4xi32> = uninitialized
// CHECK-NEXT: memref.global "private" @a : memref<2x2xi32> = dense<0> {alignment = 64 : i64}
// CHECK-NEXT: memref.global @ext : memref<4xi32>
// CHECK-NEXT: memref.global "public" @scalar : memref<f64> = dense<5.000000e-01>
memref.global "private" constant @c : memref<2xf32> = dense<[1.0, 2.0]>
memref.global @u : memref<4xi32> = uninitialized
memref.global "private" @a : memref<2x2xi32> = dense<0> {alignment = 64 : i64}
memref.global @ext : memref<4xi32>
memref.global "public" @scalar : memref<f64> = dense<0.5>

// CHECK-LABEL: func.func @use
// CHECK-NEXT:    %[[C:.*]] = memref.get_global @c : memref<2xf32>
// CHECK-NEXT:    %{{.*}} = memref.get_global @ext : memref<4xi32>
// CHECK-NEXT:    return %[[C]] : memref<2xf32>
func.func @use() -> memref<2xf32> {
  %0 = memref.get_global @c : memref<2xf32>
  %1 = memref.get_global @ext : memref<4xi32>
  return %0 : memref<2xf32>
}

// RUN: jopt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC:      "memref.global"() <{constant, initial_value = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>, sym_name = "c", sym_visibility = "private", type = memref<2xf32>}> : () -> ()
// GENERIC-NEXT: "memref.global"() <{initial_value, sym_name = "u", type = memref<4xi32>}> : () -> ()
// GENERIC-NEXT: "memref.global"() <{alignment = 64 : i64, initial_value = dense<0> : tensor<2x2xi32>, sym_name = "a", sym_visibility = "private", type = memref<2x2xi32>}> : () -> ()
// GENERIC-NEXT: "memref.global"() <{sym_name = "ext", type = memref<4xi32>}> : () -> ()
// GENERIC:      %{{.*}} = "memref.get_global"() <{name = @c}> : () -> memref<2xf32>
