package org.jmlir.rewrite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmlir.iface.MemoryEffects;
import org.jmlir.ir.Block;
import org.jmlir.ir.OpOperand;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.WalkResult;
import org.jmlir.ir.Walker;
import org.jmlir.ods.Trait;

/**
 * Applies patterns and folding to the ops of some regions until nothing changes (MLIR's greedy pattern rewrite
 * driver): a worklist of ops, each one erased when trivially dead, else folded, else matched against its patterns
 * by benefit; every change puts the ops it touched back on the worklist. Between sweeps the regions are simplified
 * (unreachable blocks, dead block arguments). Stops at a fixed point or after the configured number of sweeps.
 */
public final class GreedyPatternRewriteDriver implements PatternRewriter.Listener {
    /** The outcome: whether the IR changed, and whether a fixed point was reached within the limits. */
    public record Result(boolean changed, boolean converged) {}

    private final RewritePatternSet patterns;
    private final GreedyRewriteConfig config;
    private final PatternRewriter rewriter;
    private final OperationFolder folder;
    private final ArrayDeque<Operation> worklist = new ArrayDeque<>();
    private final Set<Operation> onList = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private long rewrites;

    private GreedyPatternRewriteDriver(org.jmlir.ir.Context ctx, RewritePatternSet patterns,
                                       GreedyRewriteConfig config) {
        this.patterns = patterns;
        this.config = config;
        this.rewriter = new PatternRewriter(ctx, this);
        this.folder = new OperationFolder(rewriter);
    }

    /** Rewrites the regions of {@code op} (not {@code op} itself). */
    public static Result applyPatternsGreedily(Operation op, RewritePatternSet patterns, GreedyRewriteConfig config) {
        GreedyPatternRewriteDriver d = new GreedyPatternRewriteDriver(op.context(), patterns, config);
        d.root = op;
        return d.run(op.regions());
    }

    public static Result applyPatternsGreedily(Operation op, RewritePatternSet patterns) {
        return applyPatternsGreedily(op, patterns, GreedyRewriteConfig.DEFAULT);
    }

    private Result run(List<Region> regions) {
        boolean changedAny = false;
        int iteration = 0;
        boolean changed;
        do {
            if (config.maxIterations() != GreedyRewriteConfig.NO_LIMIT && iteration >= config.maxIterations()) {
                return new Result(changedAny, false);
            }
            iteration++;
            changed = sweep(regions);
            if (config.regionSimplify() != GreedyRewriteConfig.RegionSimplify.DISABLED) {
                changed |= RegionSimplification.simplify(rewriter, regions);
            }
            changedAny |= changed;
            if (limitReached()) return new Result(changedAny, false);
        } while (changed);
        return new Result(changedAny, true);
    }

    private boolean limitReached() {
        return config.maxNumRewrites() != GreedyRewriteConfig.NO_LIMIT && rewrites >= config.maxNumRewrites();
    }

    /** One pass over the worklist seeded with every op of the regions. */
    private boolean sweep(List<Region> regions) {
        worklist.clear();
        onList.clear();
        List<Operation> initial = new ArrayList<>();
        for (Region r : regions) {
            for (Block b : r.blocks()) {
                for (Operation top : b) {
                    Walker.walk(top, config.topDown() ? Walker.Order.PRE : Walker.Order.POST, o -> {
                        initial.add(o);
                        return WalkResult.ADVANCE;
                    });
                }
            }
        }
        boolean changed = false;
        // Known constants are collected (and de-duplicated, hoisted) up front, as MLIR does in top-down mode.
        List<Operation> rest = new ArrayList<>(initial.size());
        for (Operation o : initial) {
            if (o.hasTrait(Trait.CONSTANT_LIKE) && o.numResults() == 1 && config.fold()) {
                Operation prev = o.prev();
                Block block = o.block();
                if (!folder.insertKnownConstant(o)) {
                    changed = true;
                    continue;
                }
                changed |= o.block() != block || o.prev() != prev;
            }
            rest.add(o);
        }
        for (Operation o : rest) add(o); // pre-order for top-down, post-order (users after operands) otherwise
        while (!worklist.isEmpty() && !limitReached()) {
            Operation op = worklist.pollFirst();
            onList.remove(op);
            if (!attached(op)) continue; // erased or detached meanwhile
            changed |= process(op);
        }
        return changed;
    }

    private Operation root;

    /** Whether {@code op} is still inside the op whose regions are being rewritten. */
    private boolean attached(Operation op) {
        for (Operation o = op; ; ) {
            Block b = o.block();
            if (b == null || b.parent() == null) return false;
            Operation p = b.parent().parentOp();
            if (p == root) return true;
            if (p == null) return false;
            o = p;
        }
    }

    private boolean process(Operation op) {
        if (MemoryEffects.isOpTriviallyDead(op)) {
            List<Operation> operandDefs = definingOps(op);
            rewriter.eraseOp(op);
            for (Operation d : operandDefs) add(d);
            rewrites++;
            return true;
        }
        if (config.fold() && !op.hasTrait(Trait.CONSTANT_LIKE)) {
            List<Operation> users = usersOf(op);
            if (folder.tryFold(op)) {
                rewrites++;
                for (Operation u : users) add(u);
                if (op.block() != null) add(op);
                return true;
            }
        }
        if (!op.isRegistered()) return false;
        for (RewritePattern p : patterns.forOp(op.name())) {
            if (p.matchAndRewrite(op, rewriter)) {
                rewrites++;
                if (op.block() != null) add(op);
                return true;
            }
        }
        return false;
    }

    private static List<Operation> definingOps(Operation op) {
        List<Operation> out = new ArrayList<>();
        for (Value v : op.operands()) if (v.definingOp() != null) out.add(v.definingOp());
        return out;
    }

    private static List<Operation> usersOf(Operation op) {
        List<Operation> out = new ArrayList<>();
        for (Value r : op.results()) for (OpOperand u : r.uses()) out.add(u.owner());
        return out;
    }

    private void add(Operation op) {
        if (onList.add(op)) worklist.addLast(op);
    }

    // ---- listener: keep the worklist in step with the IR

    @Override public void operationInserted(Operation op) {
        Walker.walk(op, Walker.Order.PRE, o -> {
            add(o);
            return WalkResult.ADVANCE;
        });
    }

    @Override public void operationModified(Operation op) {
        add(op);
        for (Value v : op.operands()) if (v != null && v.definingOp() != null) add(v.definingOp());
    }

    @Override public void operationReplaced(Operation op, List<? extends Value> replacement) {
        for (Value r : op.results()) for (OpOperand u : r.uses()) add(u.owner());
    }

    @Override public void operationErased(Operation op) {
        folder.notifyRemoval(op);
        onList.remove(op); // a stale worklist entry is skipped: it is no longer attached
        for (Value v : op.operands()) {
            Operation d = v == null ? null : v.definingOp(); // null: references already dropped
            if (d != null && d != op) add(d);
        }
    }
}
