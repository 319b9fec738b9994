package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.Walker;
import org.jmlir.ir.WalkResult;
import org.jmlir.ir.attr.Location;

/**
 * MLIR's walkAndApplyPatterns: one post-order walk over the ops nested in an op, trying the patterns once on each
 * op that is still there when reached; no folding, no dead-code removal, no revisiting. Ops created by patterns
 * are not visited. Cheap and predictable, for lowerings whose patterns need no fixed point.
 */
public final class WalkPatternRewriteDriver {
    private WalkPatternRewriteDriver() {}

    /** Returns whether any pattern applied. */
    public static boolean walkAndApplyPatterns(Operation op, FrozenRewritePatternSet patterns,
                                               PatternRewriter.Listener listener) {
        Set<Operation> erased = Collections.newSetFromMap(new IdentityHashMap<>());
        PatternRewriter rewriter = new PatternRewriter(op.context(), new PatternRewriter.Listener() {
            @Override public void operationInserted(Operation o) { if (listener != null) listener.operationInserted(o); }

            @Override public void blockInserted(Block b) { if (listener != null) listener.blockInserted(b); }

            @Override public void operationModified(Operation o) { if (listener != null) listener.operationModified(o); }

            @Override public void operationReplaced(Operation o, List<? extends Value> r) {
                if (listener != null) listener.operationReplaced(o, r);
            }

            @Override public void operationErased(Operation o) {
                erased.add(o);
                if (listener != null) listener.operationErased(o);
            }

            @Override public void blockErased(Block b) { if (listener != null) listener.blockErased(b); }

            @Override public void matchFailure(Location l, String reason) {
                if (listener != null) listener.matchFailure(l, reason);
            }
        });
        List<Operation> order = new ArrayList<>();
        for (Region r : op.regions()) {
            for (Block b : r.blocks()) {
                for (Operation top : b) {
                    Walker.walk(top, Walker.Order.POST, o -> {
                        order.add(o);
                        return WalkResult.ADVANCE;
                    });
                }
            }
        }
        boolean changed = false;
        for (Operation o : order) {
            if (erased.contains(o)) continue;
            rewriter.setInsertionPoint(o);
            if (patterns.matchAndRewrite(o, rewriter, null) != null) changed = true;
        }
        return changed;
    }

    public static boolean walkAndApplyPatterns(Operation op, FrozenRewritePatternSet patterns) {
        return walkAndApplyPatterns(op, patterns, null);
    }
}
