// RUN: jopt %s | FileCheck %s
// RUN: jopt %s | jopt | FileCheck %s
// RUN: jopt %s --mlir-print-op-generic | jopt | FileCheck %s

// scf.parallel keeps its scf.reduce terminator in the custom form, even without reductions.

// CHECK-LABEL: func.func @parallel_loops
// CHECK-NEXT:    scf.parallel (%arg3, %arg4) = (%arg0, %arg0) to (%arg1, %arg1) step (%arg2, %arg2) {
// CHECK-NEXT:      scf.reduce
// CHECK-NEXT:    }
// CHECK-NEXT:    scf.parallel (%arg3) = (%arg0) to (%arg1) step (%arg2) {
// CHECK-NEXT:      %{{.*}} = arith.addi %arg3, %arg3 : index
// CHECK-NEXT:      scf.reduce
// CHECK-NEXT:    } {tag}
func.func @parallel_loops(%lb: index, %ub: index, %step: index) {
  scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%step, %step) {
  }
  scf.parallel (%i) = (%lb) to (%ub) step (%step) {
    %x = arith.addi %i, %i : index
    scf.reduce
  } {tag}
  return
}

// One reduction region per init value; the i-th region combines two values of the i-th operand's type.
// CHECK-LABEL: func.func @reductions
// CHECK:         %{{.*}}:2 = scf.parallel (%arg3) = (%arg0) to (%arg1) step (%arg2) init (%{{.*}}, %{{.*}}) -> (f32, i32) {
// CHECK-NEXT:      %[[F:.*]] = arith.constant 1.000000e+00 : f32
// CHECK-NEXT:      %[[I:.*]] = arith.constant 2 : i32
// CHECK-NEXT:      scf.reduce(%[[F]], %[[I]] : f32, i32) {
// CHECK-NEXT:      ^bb0(%arg4: f32, %arg5: f32):
// CHECK-NEXT:        %[[S:.*]] = arith.addf %arg4, %arg5 : f32
// CHECK-NEXT:        scf.reduce.return %[[S]] : f32
// CHECK-NEXT:      }, {
// CHECK-NEXT:      ^bb0(%arg4: i32, %arg5: i32):
// CHECK-NEXT:        %[[M:.*]] = arith.muli %arg4, %arg5 : i32
// CHECK-NEXT:        scf.reduce.return %[[M]] : i32
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK:         %{{.*}} = scf.parallel (%arg3) = (%arg0) to (%arg1) step (%arg2) init (%{{.*}}) -> f32 {
func.func @reductions(%lb: index, %ub: index, %step: index) -> (f32, i32) {
  %zero = arith.constant 0.0 : f32
  %one = arith.constant 1 : i32
  %r:2 = scf.parallel (%i) = (%lb) to (%ub) step (%step) init (%zero, %one) -> (f32, i32) {
    %f = arith.constant 1.0 : f32
    %n = arith.constant 2 : i32
    scf.reduce(%f, %n : f32, i32) {
    ^bb0(%a: f32, %b: f32):
      %s = arith.addf %a, %b : f32
      scf.reduce.return %s : f32
    }, {
    ^bb0(%a: i32, %b: i32):
      %m = arith.muli %a, %b : i32
      scf.reduce.return %m : i32
    }
  }
  %t = scf.parallel (%i) = (%lb) to (%ub) step (%step) init (%zero) -> f32 {
    scf.reduce(%zero : f32) {
    ^bb0(%a: f32, %b: f32):
      scf.reduce.return %a : f32
    }
  }
  return %r#0, %r#1 : f32, i32
}
