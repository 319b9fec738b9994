package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** A growable list of patterns, in insertion order (MLIR's RewritePatternSet); freeze it to apply it. */
public final class RewritePatternSet {
    private final List<RewritePattern> patterns = new ArrayList<>();

    public RewritePatternSet() {}

    public RewritePatternSet(Collection<? extends RewritePattern> initial) { patterns.addAll(initial); }

    public RewritePatternSet add(RewritePattern... ps) {
        Collections.addAll(patterns, ps);
        return this;
    }

    public RewritePatternSet addAll(Collection<? extends RewritePattern> ps) {
        patterns.addAll(ps);
        return this;
    }

    public List<RewritePattern> patterns() { return Collections.unmodifiableList(patterns); }

    public int size() { return patterns.size(); }

    /** The immutable, indexed form drivers use. */
    public FrozenRewritePatternSet freeze() { return new FrozenRewritePatternSet(patterns); }
}
