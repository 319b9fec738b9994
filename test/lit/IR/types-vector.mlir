// RUN: jopt %s | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// Vector types: 0-D, multi-dimensional, scalable dimensions (all or some of
// them), and the element types vectors accept.

// CHECK-LABEL: func.func private @fixed(vector<4xf32>, vector<f32>, vector<2x3x4xi8>, vector<1xi1>, vector<4xindex>, vector<1xf8E4M3FN>, vector<2xsi8>, vector<8xui16>)
func.func private @fixed(vector<4xf32>, vector<f32>, vector<2x3x4xi8>, vector<1xi1>, vector<4xindex>, vector<1xf8E4M3FN>, vector<2xsi8>, vector<8xui16>)

// CHECK-LABEL: func.func private @scalable(vector<[4]xf32>, vector<[4]x[2]xf32>, vector<2x[4]xf32>, vector<[1]xi1>, vector<[2]x8xf64>, vector<3x[4]x5xbf16>)
func.func private @scalable(vector<[4]xf32>, vector<[4]x[2]xf32>, vector<2x[4]xf32>, vector<[1]xi1>, vector<[2]x8xf64>, vector<3x[4]x5xbf16>)

// CHECK-LABEL: func.func @values(%arg0: vector<[4]xi32>) -> vector<[4]xi32>
func.func @values(%v: vector<[4]xi32>) -> vector<[4]xi32> {
  // CHECK-NEXT: return %arg0 : vector<[4]xi32>
  return %v : vector<[4]xi32>
}
