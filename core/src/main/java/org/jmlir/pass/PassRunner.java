package org.jmlir.pass;

import java.util.HashMap;
import java.util.Map;
import org.jmlir.ir.Operation;

/**
 * Runs one pass directly on one op, without a pipeline, nesting, threads or instrumentation: for unit tests of a
 * pass and for code that applies a single transform. Analyses are cached for the duration of the run only.
 */
public final class PassRunner {
    private PassRunner() {}

    /** The outcome of one run: whether it failed, and whether the pass said it preserved everything. */
    public record Outcome(boolean failed, boolean allPreserved, boolean markedChanged) {}

    public static Outcome run(Pass pass, Operation op) {
        Map<Class<?>, Object> cache = new HashMap<>();
        pass.beginRun(op, new Pass.AnalysisAccess() {
            @Override public <A> A analysis(Operation o, Class<A> kind) {
                return kind.cast(cache.computeIfAbsent(kind, k -> Analyses.construct(k, o)));
            }

            @Override public <A> A cachedAnalysis(Operation o, Class<A> kind) { return kind.cast(cache.get(kind)); }
        });
        try {
            pass.runOnOperation();
        } finally {
            pass.endRun();
        }
        return new Outcome(pass.failed, pass.allPreserved, pass.changed);
    }
}
