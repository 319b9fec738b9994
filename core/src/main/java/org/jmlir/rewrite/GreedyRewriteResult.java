package org.jmlir.rewrite;

/**
 * The outcome of a greedy rewrite: whether it converged (the last iteration changed nothing, within the limits)
 * and whether it changed the IR at all.
 */
public record GreedyRewriteResult(boolean converged, boolean changed) {
    GreedyRewriteResult merge(GreedyRewriteResult o) {
        return new GreedyRewriteResult(converged && o.converged, changed || o.changed);
    }
}
