package org.jmlir.rewrite;

import org.jmlir.ir.Region;

/**
 * Settings of the greedy driver (MLIR's GreedyRewriteConfig). Setters return this for chaining. Defaults are
 * MLIR's: bottom-up, aggressive region simplification, 10 iterations, no rewrite limit, folding and constant CSE on.
 */
public final class GreedyRewriteConfig {
    /** No limit on iterations or rewrites. */
    public static final long NO_LIMIT = -1;

    /** Which ops the driver may process besides those it started with (MLIR's GreedyRewriteStrictness). */
    public enum Strictness { ANY_OP, EXISTING_AND_NEW_OPS, EXISTING_OPS }

    /** How much simplifyRegions does after each iteration (MLIR's GreedySimplifyRegionLevel). */
    public enum RegionSimplification { DISABLED, NORMAL, AGGRESSIVE }

    private boolean topDown;
    private RegionSimplification regionSimplification = RegionSimplification.AGGRESSIVE;
    private long maxIterations = 10;
    private long maxNumRewrites = NO_LIMIT;
    private Region scope;
    private Strictness strictness = Strictness.ANY_OP;
    private boolean fold = true;
    private boolean cseConstants = true;
    private PatternRewriter.Listener listener;

    public boolean topDown() { return topDown; }

    public GreedyRewriteConfig setTopDown(boolean b) { topDown = b; return this; }

    public RegionSimplification regionSimplification() { return regionSimplification; }

    public GreedyRewriteConfig setRegionSimplification(RegionSimplification r) { regionSimplification = r; return this; }

    public long maxIterations() { return maxIterations; }

    public GreedyRewriteConfig setMaxIterations(long n) { maxIterations = n; return this; }

    public long maxNumRewrites() { return maxNumRewrites; }

    public GreedyRewriteConfig setMaxNumRewrites(long n) { maxNumRewrites = n; return this; }

    /** Ops outside this region are never added to the worklist; null: the region being simplified. */
    public Region scope() { return scope; }

    public GreedyRewriteConfig setScope(Region r) { scope = r; return this; }

    public Strictness strictness() { return strictness; }

    public GreedyRewriteConfig setStrictness(Strictness s) { strictness = s; return this; }

    public boolean fold() { return fold; }

    public GreedyRewriteConfig setFold(boolean b) { fold = b; return this; }

    public boolean cseConstants() { return cseConstants; }

    public GreedyRewriteConfig setCseConstants(boolean b) { cseConstants = b; return this; }

    /** An extra listener told of every change the driver makes (null: none). */
    public PatternRewriter.Listener listener() { return listener; }

    public GreedyRewriteConfig setListener(PatternRewriter.Listener l) { listener = l; return this; }
}
