package org.jmlir.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

class UseListTest {
    private final TestIR ir = new TestIR();
    private final Block block = new Block();
    private final Value a = block.addArgument(IntegerType.I32, TestIR.loc(1));
    private final Value b = block.addArgument(IntegerType.I32, TestIR.loc(1));

    private Operation add(Value x, Value y) {
        return ir.op(block, "test.addi", 2, List.of(x, y), List.of(IntegerType.I32));
    }

    private static List<Operation> users(Value v) {
        List<Operation> out = new ArrayList<>();
        for (OpOperand u : v.uses()) out.add(u.owner());
        return out;
    }

    @Test
    void usesAreRecordedAndDroppedFromTheMiddle() {
        Operation first = add(a, b);
        Operation second = add(a, a);
        Operation third = add(a, b);
        assertEquals(4, users(a).size());
        // Re-pointing an operand in the middle of a's list unlinks just that use.
        second.setOperand(0, b);
        assertEquals(List.of(third, second, first), users(a));
        assertEquals(3, users(b).size());
        assertSame(b, second.operand(0));
        assertEquals(0, second.opOperand(0).index());
    }

    @Test
    void replaceAllUsesWithMovesEveryUse() {
        Operation first = add(a, a);
        Operation second = add(a, b);
        a.replaceAllUsesWith(b);
        assertFalse(a.hasUses());
        assertEquals(4, users(b).size());
        assertSame(b, first.operand(0));
        assertSame(b, first.operand(1));
        assertSame(b, second.operand(0));
        first.result(0).replaceAllUsesWith(first.result(0)); // a no-op, not a loop
    }

    @Test
    void setOperandsReplacesTheWholeList() {
        Operation op = add(a, a);
        op.setOperands(List.of(b, b));
        assertFalse(a.hasUses());
        assertEquals(List.of(op, op), users(b));
        assertEquals(List.of(b, b), op.operands());
    }

    @Test
    void oneUseAndUsers() {
        Operation op = add(a, b);
        assertTrue(a.hasOneUse());
        assertEquals(List.of(op), a.users());
        Operation user = add(op.result(0), op.result(0));
        assertFalse(op.result(0).hasOneUse());
        assertEquals(List.of(user, user), op.result(0).users());
    }

    @Test
    void eraseDropsTheUsesOfNestedOps() {
        Operation outer = ir.op(block, "test.nest", 3, List.of(), List.of(), 1);
        ir.op(TestIR.body(outer), "test.addi", 4, List.of(a, b), List.of(IntegerType.I32));
        assertTrue(a.hasUses());
        outer.erase();
        assertFalse(a.hasUses());
        assertFalse(b.hasUses());
        assertNull(outer.block());
    }

    @Test
    void successorsTrackPredecessors() {
        Region region = new Region();
        Block entry = region.addBlock(new Block());
        Block exit = region.addBlock(new Block());
        assertFalse(exit.hasPredecessors());
        OperationState s = ir.builder.state("test.br", TestIR.loc(1)).addSuccessor(exit);
        Operation real = Operation.create(s);
        entry.append(real);
        assertEquals(List.of(entry), exit.predecessors());
        assertEquals(List.of(exit), entry.successors());
        real.setSuccessor(0, entry);
        assertFalse(exit.hasPredecessors());
        assertEquals(List.of(entry), entry.predecessors());
    }
}
