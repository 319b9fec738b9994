package org.jmlir.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

class WalkerTest {
    private final TestIR ir = new TestIR();

    /** root{ a{ a1, a2 }, b, c{ c1 } }, each op's line number is its position in pre-order. */
    private final Operation root = ir.op(null, "test.nest", 1, List.of(), List.of(), 1);
    private final Operation a = ir.op(TestIR.body(root), "test.nest", 2, List.of(), List.of(), 1);
    private final Operation a1 = ir.op(TestIR.body(a), "test.return", 3, List.of(), List.of());
    private final Operation a2 = ir.op(TestIR.body(a), "test.return", 4, List.of(), List.of());
    private final Operation b = ir.op(TestIR.body(root), "test.return", 5, List.of(), List.of());
    private final Operation c = ir.op(TestIR.body(root), "test.nest", 6, List.of(), List.of(), 1);
    private final Operation c1 = ir.op(TestIR.body(c), "test.return", 7, List.of(), List.of());

    private List<Operation> walk(Walker.Order order, java.util.function.Function<Operation, WalkResult> f,
                                 List<WalkResult> result) {
        List<Operation> seen = new ArrayList<>();
        result.add(Walker.walk(root, order, op -> {
            seen.add(op);
            return f.apply(op);
        }));
        return seen;
    }

    @Test
    void preAndPostOrder() {
        List<WalkResult> r = new ArrayList<>();
        assertEquals(List.of(root, a, a1, a2, b, c, c1), walk(Walker.Order.PRE, op -> WalkResult.ADVANCE, r));
        assertEquals(List.of(a1, a2, a, b, c1, c, root), walk(Walker.Order.POST, op -> WalkResult.ADVANCE, r));
        assertEquals(List.of(WalkResult.ADVANCE, WalkResult.ADVANCE), r);
        List<Operation> viaWalk = new ArrayList<>();
        root.walk(viaWalk::add);
        assertEquals(List.of(a1, a2, a, b, c1, c, root), viaWalk);
    }

    @Test
    void skipLeavesOutNestedOps() {
        List<WalkResult> r = new ArrayList<>();
        assertEquals(List.of(root, a, b, c, c1),
            walk(Walker.Order.PRE, op -> op == a ? WalkResult.SKIP : WalkResult.ADVANCE, r));
        assertEquals(List.of(root), walk(Walker.Order.PRE, op -> WalkResult.SKIP, r));
    }

    @Test
    void interruptStopsTheWalk() {
        List<WalkResult> r = new ArrayList<>();
        assertEquals(List.of(root, a, a1, a2, b),
            walk(Walker.Order.PRE, op -> op == b ? WalkResult.INTERRUPT : WalkResult.ADVANCE, r));
        assertEquals(List.of(a1, a2, a),
            walk(Walker.Order.POST, op -> op == a ? WalkResult.INTERRUPT : WalkResult.ADVANCE, r));
        assertEquals(List.of(WalkResult.INTERRUPT, WalkResult.INTERRUPT), r);
    }

    @Test
    void postOrderCallbackMayEraseTheOpItIsGiven() {
        List<WalkResult> r = new ArrayList<>();
        List<Operation> seen = walk(Walker.Order.POST, op -> {
            if (op != root) op.erase();
            return WalkResult.ADVANCE;
        }, r);
        assertEquals(List.of(a1, a2, a, b, c1, c, root), seen);
        assertTrue(TestIR.body(root).isEmpty());
    }
}
