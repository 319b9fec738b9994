package org.jmlir.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.text.MlirText;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.Test;

class GreedyDriverTest {
    static Context context() {
        Context ctx = Context.withAllDialects();
        ctx.setAllowUnregisteredDialects(true);
        ctx.loadDialect(new RewriteTestDialect());
        return ctx;
    }

    static Operation parse(String ir) { return MlirText.parse(context(), ir, "test.mlir"); }

    static String print(Operation m) {
        assertTrue(Verifier.verify(m), "output does not verify");
        return MlirText.print(m);
    }

    static FrozenRewritePatternSet patterns(RewritePattern... ps) { return new RewritePatternSet().add(ps).freeze(); }

    static String body(String out) {
        // the lines of the function body, trimmed, for compact comparisons
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            String t = l.trim();
            if (t.startsWith("%") || t.startsWith("\"") || t.startsWith("return")) lines.add(t);
        }
        return String.join("\n", lines);
    }

    @Test void foldsConstantsAndDeduplicatesThemAtTheIsolatedEntry() {
        Operation m = parse("""
            func.func @f(%x: i32) {
              %c1 = "rt.const"() {value = 1 : i32} : () -> i32
              %c2 = "rt.const"() {value = 2 : i32} : () -> i32
              "rt.sink"() : () -> ()
              %s = "rt.add"(%c1, %c2) : (i32, i32) -> i32
              %t = "rt.add"(%c2, %c1) : (i32, i32) -> i32
              "rt.wrap"() ({
                %c3 = "rt.const"() {value = 3 : i32} : () -> i32
                "rt.sink"(%c3) : (i32) -> ()
              }) : () -> ()
              "rt.sink"(%s, %t) : (i32, i32) -> ()
              return
            }""");
        GreedyRewriteResult r = GreedyPatternRewriteDriver.applyPatternsGreedily(m, patterns());
        assertTrue(r.converged());
        assertTrue(r.changed());
        assertEquals("""
            %0 = "rt.const"() <{value = 3 : i32}> : () -> i32
            "rt.sink"() : () -> ()
            "rt.wrap"() ({
            "rt.sink"(%0) : (i32) -> ()
            "rt.sink"(%0, %0) : (i32, i32) -> ()
            return""", body(print(m)));
    }

    @Test void commutativeOpsGetConstantsOnTheRight() {
        Operation m = parse("""
            func.func @f(%x: i32) {
              %c1 = "rt.const"() {value = 1 : i32} : () -> i32
              %s = "rt.add"(%c1, %x) : (i32, i32) -> i32
              "rt.sink"(%s) : (i32) -> ()
              return
            }""");
        GreedyPatternRewriteDriver.applyPatternsGreedily(m, patterns());
        assertTrue(print(m).contains("\"rt.add\"(%arg0, %0)"), print(m));
    }

    @Test void foldToAnExistingValueAndDeadOpRemoval() {
        Operation m = parse("""
            func.func @f(%x: i32) {
              %c0 = "rt.const"() {value = 0 : i32} : () -> i32
              %s = "rt.add"(%x, %c0) : (i32, i32) -> i32
              %dead = "rt.add"(%x, %x) : (i32, i32) -> i32
              "rt.sink"(%s) : (i32) -> ()
              return
            }""");
        GreedyPatternRewriteDriver.applyPatternsGreedily(m, patterns());
        assertEquals("\"rt.sink\"(%arg0) : (i32) -> ()\nreturn", body(print(m)));
    }

    @Test void canonicalizationPatternsApply() {
        Operation m = parse("""
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              %b = "rt.neg"(%a) : (i32) -> i32
              "rt.sink"(%b) : (i32) -> ()
              return
            }""");
        GreedyPatternRewriteDriver.applyPatternsGreedily(m, patterns(RewriteTestDialect.NEG_NEG));
        assertEquals("\"rt.sink\"(%arg0) : (i32) -> ()\nreturn", body(print(m)));
    }

    @Test void highestBenefitFirstThenInsertionOrderNamedBeforeAny() {
        List<String> tried = new ArrayList<>();
        RewritePattern low = RewritePattern.of("low", "rt.neg", 1, (op, rw) -> tried.add("low") && false);
        RewritePattern high = RewritePattern.of("high", "rt.neg", 5, (op, rw) -> tried.add("high") && false);
        RewritePattern any5 = RewritePattern.of("any5", null, 5, (op, rw) -> tried.add("any5") && false);
        RewritePattern any9 = RewritePattern.of("any9", null, 9, (op, rw) -> tried.add("any9") && false);
        RewritePattern high2 = RewritePattern.of("high2", "rt.neg", 5, (op, rw) -> tried.add("high2") && false);
        FrozenRewritePatternSet set = patterns(low, high, any5, any9, high2);
        assertEquals(List.of(any9, high, high2, any5, low), set.patternsFor("rt.neg"));
        assertEquals(List.of(any9, any5), set.patternsFor("rt.other"));
        FrozenRewritePatternSet filtered = new FrozenRewritePatternSet(List.of(low, high, any5), List.of("high"), List.of());
        assertEquals(List.of(any5, low), filtered.patternsFor("rt.neg"));
        FrozenRewritePatternSet enabled = new FrozenRewritePatternSet(List.of(low, high, any5), List.of(), List.of("low"));
        assertEquals(List.of(low), enabled.patternsFor("rt.neg"));
    }

    /** A pattern that always changes the op never converges. */
    private static final RewritePattern FLIP = RewritePattern.of("Flip", "rt.sink", (op, rw) -> {
        Object v = op.attr("n");
        long n = v instanceof IntegerAttr i ? i.value().longValue() : 0;
        rw.modifyOpInPlace(op, () -> op.setAttr("n", RewriteTestDialect.i32(n + 1)));
        return true;
    });

    @Test void iterationLimitReportsNonConvergence() {
        Operation m = parse("""
            func.func @f() {
              "rt.sink"() : () -> ()
              return
            }""");
        GreedyRewriteResult r = GreedyPatternRewriteDriver.applyPatternsGreedily(m, patterns(FLIP),
            new GreedyRewriteConfig().setMaxIterations(3).setMaxNumRewrites(1));
        assertFalse(r.converged());
        assertTrue(r.changed());
        // one rewrite per iteration, three iterations
        assertTrue(print(m).contains("n = 3 : i32"), print(m));
    }

    @Test void listenerHearsOfChanges() {
        Operation m = parse("""
            func.func @f(%x: i32) {
              %c1 = "rt.const"() {value = 1 : i32} : () -> i32
              %c2 = "rt.const"() {value = 2 : i32} : () -> i32
              %s = "rt.add"(%c1, %c2) : (i32, i32) -> i32
              "rt.sink"(%s) : (i32) -> ()
              return
            }""");
        List<String> events = new ArrayList<>();
        PatternRewriter.Listener l = new PatternRewriter.Listener() {
            @Override public void operationInserted(Operation op) { events.add("insert " + op.name()); }

            @Override public void operationErased(Operation op) { events.add("erase " + op.name()); }
        };
        GreedyPatternRewriteDriver.applyPatternsGreedily(m, patterns(), new GreedyRewriteConfig().setListener(l));
        assertTrue(events.contains("insert rt.const"), events.toString());
        assertTrue(events.contains("erase rt.add"), events.toString());
        assertEquals(2, events.stream().filter(e -> e.equals("erase rt.const")).count(), events.toString());
    }

    @Test void bottomUpAndTopDownVisitOrders() {
        String ir = """
            func.func @f() {
              "rt.sink"() {id = 1 : i32} : () -> ()
              "rt.sink"() {id = 2 : i32} : () -> ()
              return
            }""";
        for (boolean topDown : new boolean[] {true, false}) {
            List<Object> seen = new ArrayList<>();
            RewritePattern record = RewritePattern.of("Record", "rt.sink", (op, rw) -> seen.add(op.attr("id")) && false);
            GreedyPatternRewriteDriver.applyPatternsGreedily(parse(ir), patterns(record),
                new GreedyRewriteConfig().setTopDown(topDown));
            List<Object> expected = topDown ? List.of(RewriteTestDialect.i32(1), RewriteTestDialect.i32(2))
                : List.of(RewriteTestDialect.i32(2), RewriteTestDialect.i32(1));
            assertEquals(expected, seen, "topDown=" + topDown);
        }
    }

    @Test void walkDriverAppliesOncePerOp() {
        Operation m = parse("""
            func.func @f() {
              "rt.sink"() : () -> ()
              return
            }""");
        assertTrue(WalkPatternRewriteDriver.walkAndApplyPatterns(m, patterns(FLIP)));
        assertTrue(print(m).contains("n = 1 : i32"), print(m));
    }

    /** Patterns create their ops right before the root, whatever the rewriter did before. */
    private static final RewritePattern NEG_TO_ADD = RewritePattern.of("NegToAdd", "rt.neg", (op, rw) -> {
        Operation add = rw.create("rt.add", op.location(), List.of(op.operand(0), op.operand(0)), op.resultTypes());
        rw.replaceOp(op, add);
        return true;
    });

    @Test void patternsInsertBeforeTheirRoot() {
        Operation m = parse("""
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              %b = "rt.neg"(%a) : (i32) -> i32
              "rt.sink"(%b) : (i32) -> ()
              return
            }""");
        GreedyPatternRewriteDriver.applyPatternsGreedily(m, patterns(NEG_TO_ADD));
        assertEquals("""
            %0 = "rt.add"(%arg0, %arg0) : (i32, i32) -> i32
            %1 = "rt.add"(%0, %0) : (i32, i32) -> i32
            "rt.sink"(%1) : (i32) -> ()
            return""", body(print(m)));
    }

    @Test void applyOpPatternsOnlyTouchesTheGivenOps() {
        Operation m = parse("""
            func.func @f(%x: i32) {
              %a = "rt.neg"(%x) : (i32) -> i32
              %b = "rt.neg"(%x) : (i32) -> i32
              "rt.sink"(%a, %b) : (i32, i32) -> ()
              return
            }""");
        Operation first = m.region(0).entryBlock().firstOp().region(0).entryBlock().firstOp();
        GreedyRewriteResult r = GreedyPatternRewriteDriver.applyOpPatternsGreedily(List.of(first),
            patterns(NEG_TO_ADD), new GreedyRewriteConfig().setStrictness(GreedyRewriteConfig.Strictness.EXISTING_OPS));
        assertTrue(r.converged());
        assertTrue(r.changed());
        assertEquals("""
            %0 = "rt.add"(%arg0, %arg0) : (i32, i32) -> i32
            %1 = "rt.neg"(%arg0) : (i32) -> i32
            "rt.sink"(%0, %1) : (i32, i32) -> ()
            return""", body(print(m)));
    }

    @Test void foldingCanBeTurnedOff() {
        Operation m = parse("""
            func.func @f() {
              %c1 = "rt.const"() {value = 1 : i32} : () -> i32
              %s = "rt.add"(%c1, %c1) : (i32, i32) -> i32
              "rt.sink"(%s) : (i32) -> ()
              return
            }""");
        GreedyPatternRewriteDriver.applyPatternsGreedily(m, patterns(), new GreedyRewriteConfig().setFold(false));
        assertTrue(print(m).contains("rt.add"), print(m));
    }
}
