package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A frozen set of patterns indexed by root op name; {@link #forOp} lists a name's patterns and the any-op patterns,
 * highest benefit first (stable: equal benefits keep insertion order).
 */
public final class RewritePatternSet {
    private final Map<String, List<RewritePattern>> byRoot = new HashMap<>();
    private final List<RewritePattern> anyOp = new ArrayList<>();
    private final Map<String, List<RewritePattern>> merged = new java.util.concurrent.ConcurrentHashMap<>();
    private final int size;

    public RewritePatternSet(Collection<? extends RewritePattern> patterns) {
        for (RewritePattern p : patterns) {
            if (p.rootName() == null) anyOp.add(p);
            else byRoot.computeIfAbsent(p.rootName(), k -> new ArrayList<>()).add(p);
        }
        size = patterns.size();
    }

    /** The subset accepted by {@code keep} (e.g. canonicalize's enable/disable-patterns). */
    public RewritePatternSet filter(Predicate<RewritePattern> keep) {
        List<RewritePattern> all = new ArrayList<>(anyOp);
        for (List<RewritePattern> l : byRoot.values()) all.addAll(l);
        return new RewritePatternSet(all.stream().filter(keep).toList());
    }

    public int size() { return size; }

    public List<RewritePattern> forOp(String opName) {
        return merged.computeIfAbsent(opName, n -> {
            List<RewritePattern> l = new ArrayList<>(byRoot.getOrDefault(n, List.of()));
            l.addAll(anyOp);
            l.sort(Comparator.comparingInt(RewritePattern::benefit).reversed());
            return List.copyOf(l);
        });
    }
}
