// RUN: jopt %s --mlir-print-debuginfo --inline=default-pipeline= | FileCheck %s
// Inlined ops sit at call sites: an op inlined twice (leaf into mid, mid into top) gets the stacked location
// callsite(leaf's op at callsite(mid's call at top's call)), as mlir-opt writes it.

// CHECK-LABEL: func.func @top
// CHECK-NEXT:    %0 = arith.muli %arg0, %arg0 : i32 loc([[MUL:#loc[0-9]+]])
// CHECK-DAG:   [[LEAF_OP:#loc[0-9]+]] = loc("{{.*}}inline-locations.mlir":14:8)
// CHECK-DAG:   [[MID_CALL:#loc[0-9]+]] = loc("{{.*}}inline-locations.mlir":18:8)
// CHECK-DAG:   [[TOP_CALL:#loc[0-9]+]] = loc("{{.*}}inline-locations.mlir":22:8)
// CHECK-DAG:   [[INNER:#loc[0-9]+]] = loc(callsite([[MID_CALL]] at [[TOP_CALL]]))
// CHECK-DAG:   [[MUL]] = loc(callsite([[LEAF_OP]] at [[INNER]]))

func.func private @leaf(%a: i32) -> i32 {
  %0 = arith.muli %a, %a : i32
  return %0 : i32
}
func.func private @mid(%a: i32) -> i32 {
  %0 = call @leaf(%a) : (i32) -> i32
  return %0 : i32
}
func.func @top(%a: i32) -> i32 {
  %0 = call @mid(%a) : (i32) -> i32
  return %0 : i32
}
