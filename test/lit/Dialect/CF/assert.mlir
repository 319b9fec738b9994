// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// cf.assert: "$arg `,` $msg attr-dict".

// CHECK-LABEL: func.func @assert(%arg0: i1) {
// CHECK-NEXT:  cf.assert %arg0, "must hold"
// CHECK-NEXT:  cf.assert %arg0, "quotes \22 and \\ escapes\0A" {my.tag}
// CHECK-NEXT:  return
// CHECK-NEXT:  }
func.func @assert(%c: i1) {
  cf.assert %c, "must hold"
  cf.assert %c, "quotes \" and \\ escapes\n" {my.tag}
  return
}
