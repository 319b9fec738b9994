package org.jmlir.rewrite;

/**
 * How the greedy driver runs (MLIR's GreedyRewriteConfig): traversal order, iteration and rewrite limits, whether it
 * simplifies regions (erasing unreachable blocks and dead block arguments) between iterations, and whether it folds.
 */
public record GreedyRewriteConfig(boolean topDown, int maxIterations, long maxNumRewrites, RegionSimplify regionSimplify,
                                  boolean fold) {
    /** Region simplification levels, as canonicalize's {@code region-simplify} option. */
    public enum RegionSimplify { DISABLED, NORMAL, AGGRESSIVE }

    public static final int NO_LIMIT = -1;

    public static final GreedyRewriteConfig DEFAULT =
        new GreedyRewriteConfig(true, 10, NO_LIMIT, RegionSimplify.NORMAL, true);

    public GreedyRewriteConfig withTopDown(boolean b) {
        return new GreedyRewriteConfig(b, maxIterations, maxNumRewrites, regionSimplify, fold);
    }

    public GreedyRewriteConfig withMaxIterations(int n) {
        return new GreedyRewriteConfig(topDown, n, maxNumRewrites, regionSimplify, fold);
    }

    public GreedyRewriteConfig withMaxNumRewrites(long n) {
        return new GreedyRewriteConfig(topDown, maxIterations, n, regionSimplify, fold);
    }

    public GreedyRewriteConfig withRegionSimplify(RegionSimplify r) {
        return new GreedyRewriteConfig(topDown, maxIterations, maxNumRewrites, r, fold);
    }
}
