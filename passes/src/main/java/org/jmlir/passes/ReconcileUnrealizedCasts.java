package org.jmlir.passes;

import org.jmlir.pass.Pass;
import org.jmlir.rewrite.UnrealizedCasts;

/**
 * {@code reconcile-unrealized-casts}: folds chains of {@code builtin.unrealized_conversion_cast} that come back to
 * the types they started from and erases unused casts, as mlir-opt's pass (casts that stay live remain).
 */
public final class ReconcileUnrealizedCasts extends Pass {
    @Override public String argument() { return "reconcile-unrealized-casts"; }

    @Override public String description() { return "Simplify and eliminate unrealized conversion casts"; }

    @Override protected void runOnOperation() {
        var casts = UnrealizedCasts.collect(getOperation());
        if (casts.isEmpty()) {
            markAllAnalysesPreserved();
            return;
        }
        if (UnrealizedCasts.reconcile(casts).size() == casts.size()) markAllAnalysesPreserved();
    }
}
