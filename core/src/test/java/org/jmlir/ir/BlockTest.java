package org.jmlir.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

class BlockTest {
    private final TestIR ir = new TestIR();
    private final Block block = new Block();

    private Operation make(int line) { return ir.op(null, "test.return", line, List.of(), List.of()); }

    @Test
    void insertAndRemoveKeepTheListConsistent() {
        Operation a = make(1), b = make(2), c = make(3), d = make(4);
        block.append(b);
        block.prepend(a);
        block.append(d);
        block.insertBefore(d, c);
        assertEquals(List.of(a, b, c, d), block.operations());
        assertEquals(4, block.numOperations());
        assertSame(a, block.firstOp());
        assertSame(d, block.lastOp());
        b.remove();
        assertEquals(List.of(a, c, d), block.operations());
        assertNull(b.block());
        assertNull(b.prev());
        block.insertAfter(d, b);
        assertEquals(List.of(a, c, d, b), block.operations());
        a.remove();
        b.remove();
        assertSame(c, block.firstOp());
        assertSame(d, block.lastOp());
        assertNull(c.prev());
        assertNull(d.next());
    }

    @Test
    void anOpLivesInOneBlock() {
        Operation a = make(1);
        block.append(a);
        assertThrows(IllegalStateException.class, () -> new Block().append(a));
        Block other = new Block();
        assertThrows(IllegalArgumentException.class, () -> other.insertBefore(a, make(2)));
    }

    @Test
    void isBeforeFollowsEditsOfTheBlock() {
        Operation a = make(1), b = make(2), c = make(3);
        block.append(a);
        block.append(c);
        assertTrue(a.isBeforeInBlock(c));
        block.insertBefore(c, b);
        assertTrue(a.isBeforeInBlock(b));
        assertTrue(b.isBeforeInBlock(c));
        assertFalse(c.isBeforeInBlock(a));
        b.moveBefore(a);
        assertTrue(b.isBeforeInBlock(a));
        assertFalse(a.isBeforeInBlock(b));
        a.moveAfter(c);
        assertEquals(List.of(b, c, a), block.operations());
        assertTrue(c.isBeforeInBlock(a));
    }

    @Test
    void argumentsAreRenumbered() {
        BlockArgument x = block.addArgument(org.jmlir.ir.type.IndexType.INDEX, TestIR.loc(1));
        BlockArgument z = block.addArgument(org.jmlir.ir.type.IndexType.INDEX, TestIR.loc(1));
        BlockArgument y = block.insertArgument(1, org.jmlir.ir.type.IndexType.INDEX, TestIR.loc(1));
        assertEquals(List.of(0, 1, 2), List.of(x.index(), y.index(), z.index()));
        block.eraseArgument(0);
        assertEquals(List.of(0, 1), List.of(y.index(), z.index()));
    }
}
