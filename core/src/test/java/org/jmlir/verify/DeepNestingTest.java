package org.jmlir.verify;

import static org.jmlir.testing.TestIR.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.Walker;
import org.jmlir.ir.WalkResult;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

/**
 * IR nested 10,000 deep, handled on a thread with a small stack: anything recursing along the nesting would
 * overflow it (surefire's default stack is large, which would hide that).
 */
class DeepNestingTest {
    private static final int DEPTH = 10_000;
    private static final long SMALL_STACK = 256 * 1024;

    private final TestIR ir = new TestIR();

    /** Runs {@code body} on a small-stack thread, rethrowing what it throws (StackOverflowError included). */
    private static void onSmallStack(Runnable body) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.start();
        t.join();
        if (failure.get() != null) throw failure.get();
    }

    /** module { func { %v0 = addi; nest { %v1 = addi %v0; nest { ... } } ; return } }, each use one level up. */
    private Operation deepNests(Operation[] innermost) {
        Operation module = ir.module();
        Operation func = ir.op(body(module), "test.func", 2, List.of(), List.of(), 1, "sym_name", new StringAttr("f"));
        Block block = body(func);
        Value v = block.addArgument(IntegerType.I32, TestIR.loc(2));
        Operation nest = null;
        for (int i = 0; i < DEPTH; i++) {
            v = ir.op(block, "test.addi", 3, List.of(v, v), List.of(IntegerType.I32)).result(0);
            nest = ir.op(block, "test.nest", 4, List.of(), List.of(), 1);
            block = body(nest);
        }
        ir.op(body(func), "test.return", 5, List.of(), List.of());
        innermost[0] = nest;
        return module;
    }

    @Test
    void deepNonIsolatedNesting() throws Throwable {
        Operation[] innermost = new Operation[1];
        Operation module = deepNests(innermost);
        onSmallStack(() -> {
            ir.expectValid(module);
            // A dominance error at the bottom is still found and reported.
            Operation late = ir.op(body(innermost[0]), "test.addi", 7, List.of(), List.of(IntegerType.I32));
            Value x = late.result(0);
            late.setOperands(List.of(x, x));
            Diagnostic d = ir.expectError(module, "operand #0 does not dominate this use");
            TestIR.expectNote(d, "operand defined here (op in the same block)", 7);
            late.setOperands(List.of());
            ir.expectError(module, "'test.addi' op expected 2 operands, but found 0");
            late.erase();
            int[] count = {0};
            Walker.walk(module, Walker.Order.POST, op -> {
                count[0]++;
                return WalkResult.ADVANCE;
            });
            assertEquals(2 * DEPTH + 3, count[0]);
            Operation copy = module.clone();
            assertEquals(names(module), names(copy));
            ir.expectValid(copy);
            copy.dropAllReferences();
        });
    }

    private static List<String> names(Operation root) {
        List<String> out = new java.util.ArrayList<>();
        Walker.walk(root, Walker.Order.PRE, op -> {
            out.add(op.name() + op.numOperands());
            return WalkResult.ADVANCE;
        });
        return out;
    }

    @Test
    void deepIsolatedNesting() throws Throwable {
        Operation module = ir.module();
        Block block = body(module);
        for (int i = 0; i < DEPTH; i++) {
            Operation f = ir.op(block, "test.isolated", 2, List.of(), List.of(), 1);
            if (i > 0) ir.op(block, "test.return", 3, List.of(), List.of());
            block = body(f);
        }
        ir.op(block, "test.return", 3, List.of(), List.of());
        Block last = block;
        onSmallStack(() -> {
            ir.expectValid(module);
            Value outside = body(module).addArgument(IntegerType.I32, TestIR.loc(1));
            ir.op(null, "test.addi", 9, List.of(outside, outside), List.of(IntegerType.I32)).moveBefore(last.lastOp());
            ir.expectError(module, "'test.addi' op using value defined outside the region");
        });
    }

    @Test
    void smallStackReallyIsSmall() {
        // Guards the test's premise: plain recursion to DEPTH must not fit.
        assertFalse(fitsRecursion());
    }

    private static boolean fitsRecursion() {
        boolean[] ok = {false};
        Thread t = new Thread(null, () -> {
            try {
                recurse(DEPTH * 10);
                ok[0] = true;
            } catch (StackOverflowError expected) {
                ok[0] = false;
            }
        }, "probe", SMALL_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return ok[0];
    }

    private static int recurse(int n) { return n == 0 ? 1 : recurse(n - 1) + 1; }
}
