// RUN: jopt %s --allow-unregistered-dialect | FileCheck %s
// RUN: jopt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @index_none(%arg0: index, %arg1: none) -> (none, index)
// GENERIC: function_type = (index, none) -> (none, index)
func.func @index_none(%i: index, %n: none) -> (none, index) {
  // CHECK-NEXT: %0 = "foo.make"() : () -> none
  // GENERIC: %0 = "foo.make"() : () -> none
  %0 = "foo.make"() : () -> none
  // CHECK-NEXT: return %0, %arg0 : none, index
  return %0, %i : none, index
}

// CHECK: "foo.attrs"() {a = index, b = none} : () -> ()
// GENERIC: "foo.attrs"() {a = index, b = none} : () -> ()
"foo.attrs"() {a = index, b = none} : () -> ()
