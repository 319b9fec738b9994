package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jmlir.ir.Operation;

/**
 * An immutable pattern set indexed by root op name (MLIR's FrozenRewritePatternSet plus PatternApplicator's default
 * cost model). For each op name the candidates are the patterns rooted at that name and those matching any op,
 * highest benefit first; equal benefits keep insertion order, and a named pattern goes before an any-op pattern of
 * the same benefit. Safe to share between threads.
 */
public final class FrozenRewritePatternSet {
    private final Map<String, List<RewritePattern>> byRoot = new HashMap<>();
    private final List<RewritePattern> anyOp = new ArrayList<>();
    private final Map<String, List<RewritePattern>> merged = new ConcurrentHashMap<>();
    private final int size;

    public FrozenRewritePatternSet(Collection<? extends RewritePattern> patterns) {
        this(patterns, Set.of(), Set.of());
    }

    /**
     * @param disabled debug names of patterns to leave out
     * @param enabled  when not empty, only patterns with these debug names are kept
     */
    public FrozenRewritePatternSet(Collection<? extends RewritePattern> patterns, Collection<String> disabled,
                                   Collection<String> enabled) {
        int n = 0;
        for (RewritePattern p : patterns) {
            if (disabled.contains(p.debugName())) continue;
            if (!enabled.isEmpty() && !enabled.contains(p.debugName())) continue;
            if (p.rootName() == null) anyOp.add(p);
            else byRoot.computeIfAbsent(p.rootName(), k -> new ArrayList<>()).add(p);
            n++;
        }
        Comparator<RewritePattern> byBenefit = Comparator.comparingInt(RewritePattern::benefit).reversed();
        anyOp.sort(byBenefit); // List.sort is stable
        for (List<RewritePattern> l : byRoot.values()) l.sort(byBenefit);
        size = n;
    }

    public static FrozenRewritePatternSet empty() { return new FrozenRewritePatternSet(List.of()); }

    public int size() { return size; }

    public boolean isEmpty() { return size == 0; }

    /** The patterns to try on ops named {@code opName}, in the order they are tried. */
    public List<RewritePattern> patternsFor(String opName) {
        List<RewritePattern> cached = merged.get(opName);
        if (cached != null) return cached;
        List<RewritePattern> named = byRoot.getOrDefault(opName, List.of());
        List<RewritePattern> out = new ArrayList<>(named.size() + anyOp.size());
        int i = 0;
        int j = 0;
        while (i < named.size() || j < anyOp.size()) {
            if (j >= anyOp.size() || (i < named.size() && named.get(i).benefit() >= anyOp.get(j).benefit())) {
                out.add(named.get(i++));
            } else {
                out.add(anyOp.get(j++));
            }
        }
        List<RewritePattern> frozen = List.copyOf(out);
        merged.putIfAbsent(opName, frozen);
        return frozen;
    }

    /** Every pattern, grouped by root (for listings). */
    public List<RewritePattern> allPatterns() {
        List<RewritePattern> out = new ArrayList<>();
        byRoot.keySet().stream().sorted().forEach(k -> out.addAll(byRoot.get(k)));
        out.addAll(anyOp);
        return out;
    }

    /**
     * Tries the patterns for {@code op} in order until one succeeds (MLIR's PatternApplicator::matchAndRewrite);
     * the rewriter's insertion point is set right before {@code op} for each.
     *
     * @param canApply filters patterns (null: all)
     * @return the pattern that rewrote {@code op}, or null when none applied
     */
    public RewritePattern matchAndRewrite(Operation op, PatternRewriter rewriter, Predicate<RewritePattern> canApply) {
        for (RewritePattern p : patternsFor(op.name())) {
            if (canApply != null && !canApply.test(p)) continue;
            rewriter.setInsertionPoint(op); // patterns create their ops right before the root, as in MLIR
            if (p.matchAndRewrite(op, rewriter)) return p;
        }
        return null;
    }
}
