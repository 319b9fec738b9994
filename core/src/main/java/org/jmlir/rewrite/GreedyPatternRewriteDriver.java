package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.OpOperand;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.Walker;
import org.jmlir.ir.WalkResult;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.Location;
import org.jmlir.iface.MemoryEffects;
import org.jmlir.ods.FoldHook;
import org.jmlir.ods.Trait;

/**
 * Applies patterns and folds greedily until nothing changes (MLIR's GreedyPatternRewriteDriver). Each iteration
 * fills a worklist with every op of the region (post-order for bottom-up, pre-order for top-down), making known
 * constants unique and hoisting them (see {@link OperationFolder}); then it pops ops: a trivially dead op is erased,
 * a non-constant op is folded (constants materialized by its dialect right before it), else the patterns for it
 * are tried, best first. Ops touched by a change go back on the worklist. After the worklist, the region's CFG is
 * simplified (see {@link RegionSimplification}). Iterations repeat while something changed, up to the configured
 * limit.
 */
public final class GreedyPatternRewriteDriver implements PatternRewriter.Listener {
    private final FrozenRewritePatternSet patterns;
    private final GreedyRewriteConfig config;
    private final PatternRewriter rewriter;
    private final Worklist worklist = new Worklist();
    /** The ops strict modes allow (null under ANY_OP). */
    private final Set<Operation> strictFilter;
    private Region scope;

    private GreedyPatternRewriteDriver(org.jmlir.ir.Context ctx, FrozenRewritePatternSet patterns,
                                       GreedyRewriteConfig config) {
        this.patterns = patterns;
        this.config = config;
        this.rewriter = new PatternRewriter(ctx, this);
        this.strictFilter = config.strictness() == GreedyRewriteConfig.Strictness.ANY_OP ? null
            : Collections.newSetFromMap(new IdentityHashMap<>());
    }

    // ---- public entry points

    /** Applies {@code patterns} to every region of {@code op} (not to {@code op} itself). */
    public static GreedyRewriteResult applyPatternsGreedily(Operation op, FrozenRewritePatternSet patterns,
                                                            GreedyRewriteConfig config) {
        GreedyRewriteResult result = new GreedyRewriteResult(true, false);
        for (Region r : op.regions()) result = result.merge(applyPatternsGreedily(r, patterns, config));
        return result;
    }

    public static GreedyRewriteResult applyPatternsGreedily(Operation op, FrozenRewritePatternSet patterns) {
        return applyPatternsGreedily(op, patterns, new GreedyRewriteConfig());
    }

    /** Applies {@code patterns} to the ops nested in {@code region}; ops outside the config's scope are left. */
    public static GreedyRewriteResult applyPatternsGreedily(Region region, FrozenRewritePatternSet patterns,
                                                            GreedyRewriteConfig config) {
        Operation parent = region.parentOp();
        if (region.isEmpty() && parent == null) return new GreedyRewriteResult(true, false);
        org.jmlir.ir.Context ctx = parent != null ? parent.context() : firstOpContext(region);
        if (ctx == null) return new GreedyRewriteResult(true, false);
        GreedyPatternRewriteDriver d = new GreedyPatternRewriteDriver(ctx, patterns, config);
        d.scope = config.scope() != null ? config.scope() : region;
        return d.simplify(region);
    }

    /**
     * Applies {@code patterns} to {@code ops} only (and, by strictness, to ops created or touched meanwhile), with
     * no iterations and no region simplification (MLIR's applyOpPatternsGreedily). Converged means the worklist
     * emptied within the rewrite limit.
     */
    public static GreedyRewriteResult applyOpPatternsGreedily(List<Operation> ops, FrozenRewritePatternSet patterns,
                                                              GreedyRewriteConfig config) {
        if (ops.isEmpty()) return new GreedyRewriteResult(true, false);
        GreedyPatternRewriteDriver d = new GreedyPatternRewriteDriver(ops.getFirst().context(), patterns, config);
        d.scope = config.scope();
        if (d.scope == null) {
            // the region that contains every op: the scope of the one closest to the top
            Region common = ops.getFirst().parentRegion();
            for (Operation op : ops) {
                while (common != null && !common.isAncestorOf(op.parentRegion())) common = common.parentRegion();
            }
            d.scope = common;
        }
        if (d.strictFilter != null) d.strictFilter.addAll(ops);
        for (Operation op : ops) d.addToWorklist(op);
        boolean changed = d.processWorklist();
        return new GreedyRewriteResult(d.worklist.isEmpty(), changed);
    }

    private static org.jmlir.ir.Context firstOpContext(Region region) {
        for (Block b : region.blocks()) if (b.firstOp() != null) return b.firstOp().context();
        return null;
    }

    // ---- the iterations

    private GreedyRewriteResult simplify(Region region) {
        boolean continueRewrites;
        boolean anyChange = false;
        long iteration = 0;
        do {
            if (++iteration > config.maxIterations() && config.maxIterations() != GreedyRewriteConfig.NO_LIMIT) {
                continueRewrites = true;
                break;
            }
            worklist.clear();
            OperationFolder folder = new OperationFolder(rewriter);
            List<Operation> ops = new ArrayList<>();
            Walker.Order order = config.topDown() ? Walker.Order.PRE : Walker.Order.POST;
            for (Block b : region.blocks()) {
                for (Operation top : b) {
                    Walker.walk(top, order, op -> {
                        ops.add(op);
                        return WalkResult.ADVANCE;
                    });
                }
            }
            for (Operation op : ops) {
                if (config.cseConstants() && op.hasTrait(Trait.CONSTANT_LIKE) && op.numResults() == 1) {
                    Attribute value = Folding.constantValue(op.result(0));
                    if (value != null && !folder.insertKnownConstant(op, value)) {
                        anyChange = true;
                        continue;
                    }
                }
                addToWorklist(op);
            }
            if (config.topDown()) worklist.reverse();

            continueRewrites = processWorklist();
            if (config.regionSimplification() != GreedyRewriteConfig.RegionSimplification.DISABLED) {
                continueRewrites |= RegionSimplification.simplifyRegions(rewriter, List.of(region),
                    config.regionSimplification() == GreedyRewriteConfig.RegionSimplification.AGGRESSIVE);
            }
            anyChange |= continueRewrites;
        } while (continueRewrites);
        return new GreedyRewriteResult(!continueRewrites, anyChange);
    }

    /** Returns whether anything changed. */
    private boolean processWorklist() {
        boolean changed = false;
        long numRewrites = 0;
        while (!worklist.isEmpty()
            && (numRewrites < config.maxNumRewrites() || config.maxNumRewrites() == GreedyRewriteConfig.NO_LIMIT)) {
            Operation op = worklist.pop();
            if (op == null) break;

            if (MemoryEffects.isOpTriviallyDead(op)) {
                rewriter.eraseOp(op);
                changed = true;
                continue;
            }

            // Constants are not folded: they would fold to their own value and be materialized again forever.
            if (config.fold() && !op.hasTrait(Trait.CONSTANT_LIKE)) {
                List<OpFoldResult> folded = Folding.fold(op);
                if (folded != null) {
                    if (folded == FoldHook.IN_PLACE) {
                        changed = true;
                        operationModified(op);
                        continue;
                    }
                    if (replaceByFoldResults(op, folded)) {
                        changed = true;
                        continue;
                    }
                }
            }

            if (patterns.matchAndRewrite(op, rewriter, null) != null) {
                changed = true;
                numRewrites++;
            }
        }
        return changed;
    }

    /** Materializes the constant fold results right before {@code op} and replaces it; false if one failed. */
    private boolean replaceByFoldResults(Operation op, List<OpFoldResult> folded) {
        if (folded.size() != op.numResults()) {
            throw new IllegalStateException("folder of '" + op.name() + "' produced " + folded.size()
                + " results for " + op.numResults());
        }
        var saved = rewriter.saveInsertionPoint();
        rewriter.setInsertionPoint(op);
        try {
            List<Value> replacements = new ArrayList<>();
            List<Operation> created = new ArrayList<>();
            Dialect dialect = op.context().dialect(op.operationName().dialectNamespace());
            for (int i = 0; i < folded.size(); i++) {
                switch (folded.get(i)) {
                    case OpFoldResult.Val v -> replacements.add(v.value());
                    case OpFoldResult.Const c -> {
                        Location loc = op.location();
                        Operation constOp = dialect == null ? null
                            : dialect.materializeConstant(rewriter, c.attribute(), op.result(i).type(), loc);
                        if (constOp == null) {
                            for (Operation made : created) if (made.block() != null) rewriter.eraseOp(made);
                            return false;
                        }
                        created.add(constOp);
                        replacements.add(constOp.result(0));
                    }
                }
            }
            rewriter.replaceOp(op, replacements);
            return true;
        } finally {
            rewriter.restoreInsertionPoint(saved);
        }
    }

    // ---- worklist maintenance

    /** Adds {@code op} and its ancestors up to the scope, as long as {@code op} is inside the scope. */
    private void addToWorklist(Operation op) {
        List<Operation> ancestors = new ArrayList<>();
        Operation cur = op;
        while (cur != null) {
            ancestors.add(cur);
            Region region = cur.parentRegion();
            if (region == scope) {
                for (Operation a : ancestors) addSingleOpToWorklist(a);
                return;
            }
            if (region == null) return;
            cur = region.parentOp();
        }
    }

    private void addSingleOpToWorklist(Operation op) {
        if (strictFilter == null || strictFilter.contains(op)) worklist.push(op);
    }

    /** After {@code op} goes, defining ops of its operands with at most one other user may simplify. */
    private void addOperandsToWorklist(Operation op) {
        for (Value operand : op.operands()) {
            if (operand == null) continue;
            Operation def = operand.definingOp();
            if (def == null) continue;
            Operation otherUser = null;
            boolean moreThanTwo = false;
            for (OpOperand use : operand.uses()) {
                Operation user = use.owner();
                if (user == op || user == otherUser) continue;
                if (otherUser == null) {
                    otherUser = user;
                    continue;
                }
                moreThanTwo = true;
                break;
            }
            if (!moreThanTwo) addToWorklist(def);
        }
    }

    // ---- listener: every change made through the rewriter lands here

    @Override public void operationInserted(Operation op) {
        if (config.listener() != null) config.listener().operationInserted(op);
        if (config.strictness() == GreedyRewriteConfig.Strictness.EXISTING_AND_NEW_OPS) strictFilter.add(op);
        addToWorklist(op);
    }

    @Override public void blockInserted(Block block) {
        if (config.listener() != null) config.listener().blockInserted(block);
    }

    @Override public void operationModified(Operation op) {
        if (config.listener() != null) config.listener().operationModified(op);
        addToWorklist(op);
    }

    @Override public void operationReplaced(Operation op, List<? extends Value> replacement) {
        if (config.listener() != null) config.listener().operationReplaced(op, replacement);
    }

    @Override public void operationErased(Operation op) {
        if (config.listener() != null) config.listener().operationErased(op);
        addOperandsToWorklist(op);
        worklist.remove(op);
        if (strictFilter != null) strictFilter.remove(op);
    }

    @Override public void blockErased(Block block) {
        if (config.listener() != null) config.listener().blockErased(block);
    }

    @Override public void matchFailure(Location location, String reason) {
        if (config.listener() != null) config.listener().matchFailure(location, reason);
    }
}
