package org.jmlir.rewrite;

import java.util.Objects;
import org.jmlir.ir.Operation;

/**
 * A rewrite of IR rooted at one op (MLIR's RewritePattern). Drivers try patterns on each op whose name equals the
 * pattern's root (or on every op when the root is null), highest benefit first. A pattern that returns false must
 * not have changed the IR; one that returns true must have changed it, only through the rewriter.
 */
public abstract class RewritePattern {
    private final String rootName;
    private final int benefit;

    /** @param rootName the op name this pattern matches, or null to match any op */
    protected RewritePattern(String rootName, int benefit) {
        if (benefit < 0) throw new IllegalArgumentException("negative benefit " + benefit);
        this.rootName = rootName;
        this.benefit = benefit;
    }

    protected RewritePattern(String rootName) { this(rootName, 1); }

    /** The op name matched, or null for any op. */
    public final String rootName() { return rootName; }

    public final int benefit() { return benefit; }

    /** A name for debugging output and statistics. */
    public String debugName() { return getClass().getSimpleName(); }

    /** Tries to rewrite {@code op}; returns whether it did. */
    public abstract boolean matchAndRewrite(Operation op, PatternRewriter rewriter);

    /** The body of a pattern given as a lambda. */
    @FunctionalInterface
    public interface Body {
        boolean matchAndRewrite(Operation op, PatternRewriter rewriter);
    }

    /** A pattern from a lambda, named for debugging. */
    public static RewritePattern of(String debugName, String rootName, int benefit, Body body) {
        Objects.requireNonNull(body);
        return new RewritePattern(rootName, benefit) {
            @Override public String debugName() { return debugName; }

            @Override public boolean matchAndRewrite(Operation op, PatternRewriter rewriter) {
                return body.matchAndRewrite(op, rewriter);
            }
        };
    }

    public static RewritePattern of(String debugName, String rootName, Body body) {
        return of(debugName, rootName, 1, body);
    }

    @Override public String toString() { return debugName() + (rootName == null ? "" : "<" + rootName + ">"); }
}
