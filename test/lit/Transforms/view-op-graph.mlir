// RUN: jopt %s --view-op-graph -o /dev/null 2>&1 | FileCheck %s
// REQUIRES: jopt-pass-pipeline
// Expected output recorded from mlir-opt 22.

// CHECK: digraph G {
// CHECK-NEXT:   compound = true;
// CHECK-NEXT:   subgraph cluster_1 {
// CHECK-NEXT:     v2 [label = " ", shape = plain];
// CHECK-NEXT:     label = "builtin.module : ()\l";
// CHECK-NEXT:     subgraph cluster_3 {
// CHECK-NEXT:       v4 [label = " ", shape = plain];
// CHECK-NEXT:       label = "";
// CHECK-NEXT:       subgraph cluster_5 {
// CHECK-NEXT:         v6 [label = " ", shape = plain];
// CHECK-NEXT:         label = "func.func : ()\lfunction_type: (i32, i1) -\> i32\lsym_name: \"f\"\l";
// CHECK-NEXT:         subgraph cluster_7 {
// CHECK-NEXT:           v8 [label = " ", shape = plain];
// CHECK-NEXT:           label = "";
// CHECK-NEXT:           v9 [label = "<res_arg0> %arg0 i32", shape = Mrecord];
// CHECK-NEXT:           v10 [label = "<res_arg1> %arg1 i1", shape = Mrecord];
// CHECK-NEXT:           v11 [fillcolor = "0.000000 0.3 0.95", label = "{arith.constant\l\ltag: \"a very long attribu...\lvalue: 42 : i32\l|{<res_c42_i32> %c42_i32 i32}}", shape = Mrecord, style = filled];
// CHECK-NEXT:           v12 [fillcolor = "0.125000 0.3 0.95", label = "{{\{\{}}<arg_arg0> %arg0|<arg_c42_i32> %c42_i32}|arith.addi\l\loverflowFlags: #arith.overflow\<none...\l|{<res_0> %0 i32}}", shape = Mrecord, style = filled];
// CHECK-NEXT:           subgraph cluster_13 {
// CHECK-NEXT:             v14 [label = " ", shape = plain];
// CHECK-NEXT:             label = "scf.if : (i32)\l";
// CHECK-NEXT:             subgraph cluster_15 {
// CHECK-NEXT:               v16 [label = " ", shape = plain];
// CHECK-NEXT:               label = "";
// CHECK-NEXT:               v17 [fillcolor = "0.250000 0.3 0.95", label = "{{\{\{}}<arg_0> %0}|scf.yield\l}", shape = Mrecord, style = filled];
// CHECK-NEXT:             }
// CHECK-NEXT:             subgraph cluster_18 {
// CHECK-NEXT:               v19 [label = " ", shape = plain];
// CHECK-NEXT:               label = "";
// CHECK-NEXT:               v20 [fillcolor = "0.250000 0.3 0.95", label = "{{\{\{}}<arg_arg0> %arg0}|scf.yield\l}", shape = Mrecord, style = filled];
// CHECK-NEXT:             }
// CHECK-NEXT:           }
// CHECK-NEXT:           v21 [fillcolor = "0.500000 0.3 0.95", label = "{{\{\{}}<arg_1> %1}|cf.br\l}", shape = Mrecord, style = filled];
// CHECK-NEXT:         }
// CHECK-NEXT:         subgraph cluster_22 {
// CHECK-NEXT:           v23 [label = " ", shape = plain];
// CHECK-NEXT:           label = "";
// CHECK-NEXT:           v24 [label = "<res_2> %2 i32", shape = Mrecord];
// CHECK-NEXT:           v25 [fillcolor = "0.625000 0.3 0.95", label = "{{\{\{}}<arg_2> %2}|func.return\l}", shape = Mrecord, style = filled];
// CHECK-NEXT:         }
// CHECK-NEXT:       }
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT:   v9:res_arg0:s -> v12:arg_arg0:n[style = solid];
// CHECK-NEXT:   v11:res_c42_i32:s -> v12:arg_c42_i32:n[style = solid];
// CHECK-NEXT:   v12:res_0:s -> v17:arg_0:n[style = solid];
// CHECK-NEXT:   v9:res_arg0:s -> v20:arg_arg0:n[style = solid];
// CHECK-NEXT:   v10:res_arg1:s -> v14[lhead = cluster_13, style = solid];
// CHECK-NEXT:   v14 -> v21:arg_1:n[ltail = cluster_13, style = solid];
// CHECK-NEXT:   v24:res_2:s -> v25:arg_2:n[style = solid];
// CHECK-NEXT: }
func.func @f(%a: i32, %c: i1) -> i32 {
  %0 = arith.constant {tag = "a very long attribute value here"} 42 : i32
  %1 = arith.addi %a, %0 : i32
  %2 = scf.if %c -> (i32) {
    scf.yield %1 : i32
  } else {
    scf.yield %a : i32
  }
  cf.br ^bb1(%2 : i32)
^bb1(%x: i32):
  return %x : i32
}
