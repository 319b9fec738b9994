package org.jmlir.rewrite;

import static org.jmlir.rewrite.GreedyDriverTest.parse;
import static org.jmlir.rewrite.GreedyDriverTest.print;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmlir.ir.Operation;
import org.jmlir.rewrite.GreedyRewriteConfig.RegionSimplification;
import org.junit.jupiter.api.Test;

/** simplifyRegions through the greedy driver, with the test dialect's branches (no dialect patterns). */
class RegionSimplificationTest {
    static String simplify(String ir, RegionSimplification level) {
        Operation m = parse(ir);
        GreedyPatternRewriteDriver.applyPatternsGreedily(m, FrozenRewritePatternSet.empty(),
            new GreedyRewriteConfig().setRegionSimplification(level));
        return print(m);
    }

    static String fn(String body) {
        return "module {\n  func.func @f(%arg0: i1, %arg1: i32, %arg2: i32) {\n" + body + "  }\n}\n";
    }

    private static final String DEAD_ARG = """
        func.func @f(%c: i1, %a: i32, %b: i32) {
          "rt.cond_br"(%c, %a, %a, %b, %b) [^bb1, ^bb2] {operandSegmentSizes = array<i32: 1, 2, 2>} : (i1, i32, i32, i32, i32) -> ()
        ^bb1(%x: i32, %y: i32):
          "rt.sink"(%y) : (i32) -> ()
          "rt.br"() [^bb3] : () -> ()
        ^bb2(%u: i32, %v: i32):
          "rt.sink"(%u) : (i32) -> ()
          "rt.br"() [^bb3] : () -> ()
        ^bb3:
          return
        }""";

    @Test void deadBlockArgumentsGoWithTheirBranchOperands() {
        assertEquals(fn("""
                "rt.cond_br"(%arg0, %arg1, %arg2)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
              ^bb1(%0: i32):  // pred: ^bb0
                "rt.sink"(%0) : (i32) -> ()
                "rt.br"()[^bb3] : () -> ()
              ^bb2(%1: i32):  // pred: ^bb0
                "rt.sink"(%1) : (i32) -> ()
                "rt.br"()[^bb3] : () -> ()
              ^bb3:  // 2 preds: ^bb1, ^bb2
                return
            """), simplify(DEAD_ARG, RegionSimplification.NORMAL));
    }

    private static final String IDENTICAL = """
        func.func @f(%c: i1, %a: i32, %b: i32) {
          "rt.cond_br"(%c) [^bb1, ^bb2] {operandSegmentSizes = array<i32: 1, 0, 0>} : (i1) -> ()
        ^bb1:
          "rt.sink"(%a) : (i32) -> ()
          "rt.br"() [^bb3] : () -> ()
        ^bb2:
          "rt.sink"(%b) : (i32) -> ()
          "rt.br"() [^bb3] : () -> ()
        ^bb3:
          return
        }""";

    @Test void identicalBlocksMergeOnlyWhenAggressive() {
        String normal = simplify(IDENTICAL, RegionSimplification.NORMAL);
        assertTrue(normal.contains("^bb2:"), normal);
        assertEquals(fn("""
                "rt.cond_br"(%arg0, %arg1, %arg2)[^bb1, ^bb1] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i1, i32, i32) -> ()
              ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb0
                "rt.sink"(%0) : (i32) -> ()
                "rt.br"()[^bb2] : () -> ()
              ^bb2:  // pred: ^bb1
                return
            """), simplify(IDENTICAL, RegionSimplification.AGGRESSIVE));
    }

    @Test void argumentPassedTheSameValueEverywhereIsDroppedWhenAggressive() {
        String ir = """
            func.func @f(%c: i1, %a: i32, %b: i32) {
              "rt.cond_br"(%c, %a, %a) [^bb1, ^bb1] {operandSegmentSizes = array<i32: 1, 1, 1>} : (i1, i32, i32) -> ()
            ^bb1(%x: i32):
              "rt.sink"(%x) : (i32) -> ()
              return
            }""";
        String out = simplify(ir, RegionSimplification.AGGRESSIVE);
        assertTrue(out.contains("\"rt.sink\"(%arg1)"), out);
        assertTrue(out.contains("array<i32: 1, 0, 0>"), out);
        assertFalse(simplify(ir, RegionSimplification.NORMAL).contains("\"rt.sink\"(%arg1)"));
    }

    @Test void disabledLeavesUnreachableBlocks() {
        String ir = """
            func.func @f(%c: i1, %a: i32, %b: i32) {
              return
            ^bb1:
              "rt.sink"(%a) : (i32) -> ()
              return
            }""";
        assertTrue(simplify(ir, RegionSimplification.DISABLED).contains("^bb1"));
        assertFalse(simplify(ir, RegionSimplification.NORMAL).contains("^bb1"));
    }
}
