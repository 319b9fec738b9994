package org.jmlir.ir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

class DominanceInfoTest {
    private final TestIR ir = new TestIR();
    private final DominanceInfo dom = new DominanceInfo();
    private final Operation func = ir.op(null, "test.func", 1, List.of(), List.of(), 1);
    private final Region region = func.region(0);
    private final Block entry = region.entryBlock();

    private Block block() { return region.addBlock(new Block()); }

    @Test
    void diamond() {
        Block left = block(), right = block(), join = block(), dead = block();
        ir.branch(entry, "test.anybr", 2, List.of(), left, right);
        ir.branch(left, "test.anybr", 3, List.of(), join);
        ir.branch(right, "test.anybr", 4, List.of(), join);
        ir.branch(dead, "test.anybr", 5, List.of(), join);
        assertTrue(dom.dominates(entry, join));
        assertTrue(dom.properlyDominates(entry, left));
        assertFalse(dom.dominates(left, join));
        assertFalse(dom.properlyDominates(join, join));
        assertTrue(dom.dominates(join, join));
        assertSame(entry, dom.immediateDominator(join));
        assertNull(dom.immediateDominator(entry));
        assertSame(entry, dom.findNearestCommonDominator(left, right));
        assertSame(left, dom.findNearestCommonDominator(left, left));
        // Unreachable blocks: in no dominance relation across blocks.
        assertFalse(dom.isReachableFromEntry(dead));
        assertTrue(dom.isReachableFromEntry(join));
        assertFalse(dom.properlyDominates(entry, dead));
        assertFalse(dom.properlyDominates(dead, join));
        assertNull(dom.immediateDominator(dead));
    }

    @Test
    void loopsAndInvalidation() {
        Block header = block(), body = block(), exit = block();
        ir.branch(entry, "test.anybr", 2, List.of(), header);
        Operation headerBr = ir.branch(header, "test.anybr", 3, List.of(), body, exit);
        ir.branch(body, "test.anybr", 4, List.of(), header);
        assertSame(header, dom.immediateDominator(exit));
        assertSame(header, dom.immediateDominator(body));
        assertTrue(dom.properlyDominates(header, body));
        assertFalse(dom.properlyDominates(body, header));
        // Route the exit through the body: once invalidated, the body dominates the exit.
        headerBr.setSuccessor(1, body);
        body.lastOp().erase();
        ir.branch(body, "test.anybr", 4, List.of(), header, exit);
        assertSame(header, dom.immediateDominator(exit), "cached until invalidated");
        dom.invalidate(region);
        assertSame(body, dom.immediateDominator(exit));
    }

    @Test
    void valuesInOneBlockAndNestedRegions() {
        Value arg = entry.addArgument(IntegerType.I32, TestIR.loc(1));
        Operation first = ir.op(entry, "test.addi", 2, List.of(arg, arg), List.of(IntegerType.I32));
        Operation scope = ir.op(entry, "test.nest", 3, List.of(), List.of(), 1);
        Operation inner = ir.op(TestIR.body(scope), "test.addi", 4, List.of(arg, arg), List.of(IntegerType.I32));
        Operation last = ir.op(entry, "test.addi", 5, List.of(arg, arg), List.of(IntegerType.I32));
        assertTrue(dom.properlyDominates(first, last));
        assertFalse(dom.properlyDominates(last, first));
        assertFalse(dom.properlyDominates(first, first));
        assertTrue(dom.dominates(first, first));
        assertTrue(dom.properlyDominates(first.result(0), inner), "through the ancestor in the defining block");
        assertFalse(dom.properlyDominates(last.result(0), inner));
        assertTrue(dom.properlyDominates(arg, inner), "block arguments dominate nested uses");
        assertTrue(dom.properlyDominates(scope, inner), "an op encloses what it contains");
        assertFalse(dom.properlyDominates(scope, inner, false));
        assertTrue(dom.dominates(inner.result(0), inner));
        assertFalse(dom.properlyDominates(inner.result(0), first), "nothing leaks out of a region");
        assertSame(entry, dom.findNearestCommonDominator(TestIR.body(scope), entry));
    }

    @Test
    void graphRegionsIgnoreOrder() {
        Operation graph = ir.op(entry, "test.graph", 2, List.of(), List.of(), 1);
        Block g = TestIR.body(graph);
        Operation a = ir.op(g, "test.constant", 3, List.of(), List.of(IntegerType.I32));
        Operation b = ir.op(g, "test.constant", 4, List.of(), List.of(IntegerType.I32));
        assertFalse(dom.hasSSADominance(g));
        assertTrue(dom.properlyDominates(b.result(0), a));
        assertTrue(dom.hasSSADominance(entry));
        Operation unknown = ir.op(entry, "other.op", 5, List.of(), List.of(), 1);
        assertFalse(dom.hasSSADominance(unknown.region(0)), "nothing is known of unregistered ops");
        unknown.region(0).addBlock(new Block());
        assertTrue(dom.hasSSADominance(unknown.region(0)), "multi-block regions are always SSACFG");
    }
}
