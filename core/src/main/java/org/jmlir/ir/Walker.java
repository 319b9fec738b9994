package org.jmlir.ir;

import java.util.ArrayDeque;
import java.util.function.Function;

/**
 * Walks nested operations without recursion, so arbitrarily deep IR cannot overflow the Java stack. The next op is
 * fetched before the callback runs, so the callback may erase the op it is given (post-order).
 */
public final class Walker {
    private Walker() {}

    public enum Order { PRE, POST }

    /** Walks {@code root} and its nested ops; returns {@link WalkResult#INTERRUPT} if the callback interrupted. */
    public static WalkResult walk(Operation root, Order order, Function<Operation, WalkResult> f) {
        // Each frame: an op whose nested ops are being visited, and the next op to visit inside it.
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        if (order == Order.PRE) {
            WalkResult r = f.apply(root);
            if (r == WalkResult.INTERRUPT) return r;
            if (r == WalkResult.SKIP) return WalkResult.ADVANCE;
        }
        stack.push(new Frame(root));
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            Operation child = top.nextChild();
            if (child == null) {
                stack.pop();
                if (order == Order.POST && f.apply(top.op) == WalkResult.INTERRUPT) return WalkResult.INTERRUPT;
                continue;
            }
            if (order == Order.PRE) {
                WalkResult r = f.apply(child);
                if (r == WalkResult.INTERRUPT) return r;
                if (r == WalkResult.SKIP) continue;
            }
            stack.push(new Frame(child));
        }
        return WalkResult.ADVANCE;
    }

    private static final class Frame {
        final Operation op;
        int region;
        int block;
        Operation next;
        boolean started;

        Frame(Operation op) { this.op = op; }

        Operation nextChild() {
            while (true) {
                if (started && next != null) {
                    Operation c = next;
                    next = c.next();
                    return c;
                }
                if (!started) {
                    started = true;
                } else {
                    block++;
                }
                // advance to the next non-exhausted block
                while (region < op.numRegions() && block >= op.region(region).blocks().size()) {
                    region++;
                    block = 0;
                }
                if (region >= op.numRegions()) return null;
                next = op.region(region).blocks().get(block).firstOp();
                if (next == null) continue;
                Operation c = next;
                next = c.next();
                return c;
            }
        }
    }
}
