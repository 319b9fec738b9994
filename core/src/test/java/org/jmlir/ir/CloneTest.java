package org.jmlir.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.testing.Dump;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

class CloneTest {
    private final TestIR ir = new TestIR();
    /** Holds the value the cloned IR uses from outside, so that whole trees can be verified. */
    private final Operation container = ir.op(null, "test.nest", 1, List.of(), List.of(), 1);
    private final Value external = TestIR.body(container).addArgument(IntegerType.I32, TestIR.loc(1));

    /**
     * test.nest(%external) { ^bb0(%x): %c = constant; cond_br ^bb1, ^bb2  ^bb1: %s = addi %x, %c; br ^bb2(%s)
     * ^bb2(%y): nest { addi %y, %external } ; return %y }.
     */
    private Operation build() {
        Operation root = ir.op(TestIR.body(container), "test.nest", 1, List.of(external), List.of(), 1);
        Region r = root.region(0);
        Block entry = r.entryBlock();
        BlockArgument x = entry.addArgument(IntegerType.I32, TestIR.loc(1));
        Block b1 = r.addBlock(new Block());
        Block b2 = r.addBlock(new Block());
        BlockArgument y = b2.addArgument(IntegerType.I32, TestIR.loc(1));
        Operation c = ir.op(entry, "test.constant", 2, List.of(), List.of(IntegerType.I1), 0,
            "value", IntegerAttr.bool(true));
        entry.append(Operation.create(ir.builder.state("test.cond_br", TestIR.loc(3)).addOperand(c.result(0))
            .addSuccessor(b1).addSuccessor(b2)));
        Operation s = ir.op(b1, "test.addi", 4, List.of(x, x), List.of(IntegerType.I32));
        b1.append(Operation.create(ir.builder.state("test.br", TestIR.loc(5)).addOperand(s.result(0)).addSuccessor(b2)));
        Operation inner = ir.op(b2, "test.nest", 6, List.of(), List.of(), 1);
        ir.op(TestIR.body(inner), "test.addi", 7, List.of(y, external), List.of(IntegerType.I32), 0,
            "tag", new StringAttr("t"));
        ir.op(b2, "test.return", 8, List.of(y), List.of());
        return root;
    }

    @Test
    void deepCopyRemapsInsideAndKeepsOutside() {
        Operation root = build();
        IRMapping m = new IRMapping();
        Operation copy = root.clone(m);
        assertEquals(Dump.of(root), Dump.of(copy));
        assertNull(copy.block(), "a clone is detached");
        assertSame(copy, m.lookup(root));
        Block origEntry = root.region(0).entryBlock();
        Block copyEntry = copy.region(0).entryBlock();
        assertNotSame(origEntry, copyEntry);
        assertSame(copyEntry, m.lookup(origEntry));
        assertSame(copyEntry.argument(0), m.lookup(origEntry.argument(0)));
        // Successors point at the copied blocks, and predecessors follow.
        Block copyB2 = copy.region(0).blocks().get(2);
        assertEquals(2, copyB2.predecessors().size());
        assertEquals(2, root.region(0).blocks().get(2).predecessors().size(), "the original keeps its uses");
        // The outside value is shared: now used by both trees.
        assertSame(external, copy.operand(0));
        assertEquals(4, external.users().size());
        TestIR.body(container).append(copy);
        ir.expectValid(container);
    }

    @Test
    void seededMappingReplacesArgumentsAndValues() {
        Operation root = build();
        Block b2 = root.region(0).blocks().get(2);
        Block other = new Block();
        Value replacement = other.addArgument(IntegerType.I32, TestIR.loc(1));
        IRMapping m = new IRMapping().map(b2.argument(0), replacement).map(external, replacement);
        Operation copy = root.clone(m);
        Block copyB2 = copy.region(0).blocks().get(2);
        assertEquals(0, copyB2.numArguments(), "a mapped argument is not copied");
        Operation copiedReturn = copyB2.lastOp();
        assertSame(replacement, copiedReturn.operand(0));
        assertSame(replacement, copy.operand(0));
    }

    @Test
    void cloneWithoutRegionsAndCloneInto() {
        Operation root = build();
        IRMapping m = new IRMapping();
        Operation shell = root.cloneWithoutRegions(m);
        assertEquals(1, shell.numRegions());
        assertTrue(shell.region(0).isEmpty());
        root.region(0).cloneInto(shell.region(0), m);
        assertEquals(Dump.of(root), Dump.of(shell));
        // Inserting before an existing block, then the whole region a second time.
        Region dest = new Region();
        dest.addBlock(new Block());
        root.region(0).cloneInto(dest, 0, new IRMapping());
        assertEquals(4, dest.blocks().size());
        assertTrue(dest.blocks().get(3).isEmpty());
        Region self = root.region(0);
        assertThrows(IllegalArgumentException.class, () -> self.cloneInto(self, new IRMapping()));
    }

    @Test
    void attributesAndLocationAreCarried() {
        Operation op = ir.builder.create("test.attrs", TestIR.loc(9), List.of(), List.of(),
            "x", IntegerAttr.i64(1), "a", new StringAttr("s"), "extra", IntegerAttr.i32(2));
        Operation copy = op.clone();
        assertEquals(op.properties(), copy.properties());
        assertEquals(op.attributes(), copy.attributes());
        assertEquals(op.location(), copy.location());
        assertSame(op.operationName(), copy.operationName());
    }
}
