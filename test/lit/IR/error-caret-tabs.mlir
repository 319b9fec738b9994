// RUN: not jopt %s 2>&1 | FileCheck %s --strict-whitespace

// Tabs count as one column in the reported position; in the echoed source
// line they are expanded to the next multiple of 8, and the caret lines up
// with the expanded text.

// CHECK: {{^}}{{.*}}error-caret-tabs.mlir:[[@LINE+5]]:22: error: use of undeclared SSA value name{{$}}
// CHECK-NEXT: {{^}}        %1 = arith.addi %0, %x : i32{{$}}
// CHECK-NEXT: {{^}}                            ^{{$}}
func.func @f() {
	%0 = arith.constant 0 : i32
	%1 = arith.addi %0, %x : i32
	return
}
