package org.jmlir.passes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jmlir.ir.Context;
import org.jmlir.ir.Dialect;
import org.jmlir.ods.OpDef;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassOption;
import org.jmlir.rewrite.FrozenRewritePatternSet;
import org.jmlir.rewrite.GreedyPatternRewriteDriver;
import org.jmlir.rewrite.GreedyRewriteConfig;
import org.jmlir.rewrite.GreedyRewriteConfig.RegionSimplification;
import org.jmlir.rewrite.GreedyRewriteResult;
import org.jmlir.rewrite.RewritePattern;

/**
 * {@code canonicalize}: the greedy driver with every loaded dialect's canonicalization patterns and every
 * registered op's, folding, and region simplification (MLIR's Canonicalizer). Best effort: not converging is a
 * failure only with {@code test-convergence}.
 */
public final class Canonicalize extends Pass {
    private final PassOption<List<String>> disablePatterns = stringListOption("disable-patterns",
        "Labels of patterns that should be filtered out during application");
    private final PassOption<List<String>> enablePatterns = stringListOption("enable-patterns",
        "Labels of patterns that should be used during application, all other patterns are filtered out");
    private final PassOption<Long> maxIterations = longOption("max-iterations",
        "Max. iterations between applying patterns / simplifying regions", 10);
    private final PassOption<Long> maxNumRewrites = longOption("max-num-rewrites",
        "Max. number of pattern rewrites within an iteration", -1);
    private final PassOption<RegionSimplification> regionSimplify = enumOption("region-simplify",
        "Perform control flow optimizations to the region tree", RegionSimplification.NORMAL);
    private final PassOption<Boolean> testConvergence = boolOption("test-convergence",
        "Test only: Fail pass on non-convergence to detect cyclic pattern", false);
    private final PassOption<Boolean> topDown = boolOption("top-down",
        "Seed the worklist in general top-down order", true);

    private Context patternsContext;
    private FrozenRewritePatternSet patterns;

    @Override public String argument() { return "canonicalize"; }

    @Override public String description() { return "Canonicalize operations"; }

    @Override protected void runOnOperation() {
        Context ctx = getContext();
        if (patterns == null || patternsContext != ctx) {
            patterns = collectPatterns(ctx, disablePatterns.get(), enablePatterns.get());
            patternsContext = ctx;
        }
        GreedyRewriteConfig config = new GreedyRewriteConfig()
            .setTopDown(topDown.get())
            .setRegionSimplification(regionSimplify.get())
            .setMaxIterations(maxIterations.get())
            .setMaxNumRewrites(maxNumRewrites.get());
        GreedyRewriteResult result = GreedyPatternRewriteDriver.applyPatternsGreedily(getOperation(), patterns, config);
        if (!result.changed()) markAllAnalysesPreserved();
        if (testConvergence.get() && !result.converged()) signalPassFailure();
    }

    /**
     * The canonicalization patterns of a context as MLIR gathers them: each loaded dialect's, then each
     * registered op's in op-name order.
     */
    public static FrozenRewritePatternSet collectPatterns(Context ctx, List<String> disabled, List<String> enabled) {
        List<RewritePattern> all = new ArrayList<>();
        List<OpDef> ops = new ArrayList<>();
        for (Dialect d : ctx.loadedDialects()) {
            all.addAll(d.canonicalizationPatterns());
            ops.addAll(d.operations());
        }
        ops.sort(Comparator.comparing(OpDef::name));
        for (OpDef op : ops) all.addAll(op.canonicalizationPatterns());
        return new FrozenRewritePatternSet(all, disabled, enabled);
    }
}
