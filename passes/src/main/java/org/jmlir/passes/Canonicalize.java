package org.jmlir.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jmlir.ir.Context;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.OperationName;
import org.jmlir.ods.OpDef;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassOption;
import org.jmlir.rewrite.GreedyPatternRewriteDriver;
import org.jmlir.rewrite.GreedyRewriteConfig;
import org.jmlir.rewrite.GreedyRewriteConfig.RegionSimplify;
import org.jmlir.rewrite.RewritePattern;
import org.jmlir.rewrite.RewritePatternSet;

/**
 * {@code canonicalize}: folds every op, applies the canonicalization patterns of every loaded dialect and op, and
 * removes dead ops and unreachable blocks, greedily to a fixed point (MLIR's Canonicalizer, same options).
 */
public final class Canonicalize extends Pass {
    private static final Map<Context, RewritePatternSet> PATTERNS = new WeakHashMap<>();

    private final PassOption<Boolean> topDown = boolOption("top-down",
        "Seed the worklist in general top-down order", true);
    private final PassOption<RegionSimplify> regionSimplify = enumOption("region-simplify",
        "Perform control flow optimizations to the region tree", RegionSimplify.NORMAL);
    private final PassOption<Long> maxIterations = longOption("max-iterations",
        "Max. iterations between applying patterns / simplifying regions", 10);
    private final PassOption<Long> maxNumRewrites = longOption("max-num-rewrites",
        "Max. number of pattern rewrites within an iteration", -1);
    private final PassOption<Boolean> testConvergence = boolOption("test-convergence",
        "Test only: Fail pass on non-convergence to detect cyclic pattern", false);
    private final PassOption<List<String>> disabledPatterns = stringListOption("disable-patterns",
        "Labels of patterns that should be filtered out during application");
    private final PassOption<List<String>> enabledPatterns = stringListOption("enable-patterns",
        "Labels of patterns that should be used during application, all other patterns are filtered out");

    @Override public String name() { return "Canonicalizer"; }

    @Override public String argument() { return "canonicalize"; }

    @Override public String description() { return "Canonicalize operations"; }

    /** Every canonicalization pattern of the dialects loaded in {@code ctx}. */
    static RewritePatternSet patterns(Context ctx) {
        synchronized (PATTERNS) {
            return PATTERNS.computeIfAbsent(ctx, c -> {
                List<RewritePattern> all = new ArrayList<>();
                for (Dialect d : c.loadedDialects()) {
                    for (OpDef def : d.operations()) {
                        OperationName n = c.registeredOperationName(def.name());
                        all.addAll((n != null ? n.definition() : def).canonicalizationPatterns());
                    }
                    all.addAll(d.canonicalizationPatterns());
                }
                return new RewritePatternSet(all);
            });
        }
    }

    @Override protected void runOnOperation() {
        RewritePatternSet set = patterns(getContext());
        if (!disabledPatterns.get().isEmpty() || !enabledPatterns.get().isEmpty()) {
            set = set.filter(p -> !disabledPatterns.get().contains(p.debugName())
                && (enabledPatterns.get().isEmpty() || enabledPatterns.get().contains(p.debugName())));
        }
        GreedyRewriteConfig config = GreedyRewriteConfig.DEFAULT.withTopDown(topDown.get())
            .withRegionSimplify(regionSimplify.get())
            .withMaxIterations((int) Math.min(Integer.MAX_VALUE, maxIterations.get()))
            .withMaxNumRewrites(maxNumRewrites.get());
        GreedyPatternRewriteDriver.Result r =
            GreedyPatternRewriteDriver.applyPatternsGreedily(getOperation(), set, config);
        if (!r.changed()) markAllAnalysesPreserved();
        if (testConvergence.get() && !r.converged()) {
            getOperation().emitError("canonicalization did not converge within " + maxIterations.get()
                + " iterations");
            signalPassFailure();
        }
    }
}
