// RUN: jopt < %s | FileCheck %s
// RUN: jopt - < %s | FileCheck %s
// RUN: cat %s | jopt | FileCheck %s
// RUN: jopt --mlir-print-debuginfo < %s | FileCheck %s --check-prefix=LOC

// Without an input file (or with '-'), jopt reads stdin; locations then
// name the buffer <stdin>.

// CHECK: func.func @from_stdin() {
// CHECK-NEXT: return
// LOC: #loc = loc("<stdin>":0:0)
// LOC: #loc1 = loc("<stdin>":[[@LINE+1]]:1)
func.func @from_stdin() {
  return
}
