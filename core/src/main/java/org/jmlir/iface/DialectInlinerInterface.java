package org.jmlir.iface;

import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.rewrite.PatternRewriter;

/**
 * What a dialect tells the inliner (MLIR's DialectInlinerInterface): which of its ops may be moved into another
 * region, and how its terminators that leave a callable become the caller's control flow. A dialect without one
 * (and every unregistered op) keeps calls to callables holding its ops from being inlined.
 */
public interface DialectInlinerInterface {
    /** For dialects whose ops may all be inlined anywhere and that have no terminators leaving a callable. */
    DialectInlinerInterface ALL_LEGAL = new DialectInlinerInterface() {};

    /** Whether {@code op} (from a callee) may be inlined into {@code dest}. */
    default boolean isLegalToInline(Operation op, Region dest) { return true; }

    /**
     * Whether {@code terminator}, ending a block of a callable, can be turned into the caller's control flow by the
     * handleTerminator methods (func.return can). Callees with other returning terminators are not inlined.
     */
    default boolean canHandleTerminator(Operation terminator) { return false; }

    /**
     * A terminator of a single-block callee: replace {@code valuesToReplace} (the call's results) by what it
     * returns. Called only for terminators {@link #canHandleTerminator} accepts; the default accepts none.
     */
    default void handleTerminator(Operation terminator, List<Value> valuesToReplace, PatternRewriter rewriter) {
        throw new IllegalStateException("'" + terminator.name() + "' was not accepted by canHandleTerminator");
    }

    /** A terminator of a multi-block callee: branch to {@code continuation}, passing what it returns. */
    default void handleTerminator(Operation terminator, Block continuation, PatternRewriter rewriter) {
        throw new IllegalStateException("'" + terminator.name() + "' was not accepted by canHandleTerminator");
    }

    /** The interface of {@code op}'s dialect, or null (unregistered ops, dialects that do not support inlining). */
    static DialectInlinerInterface of(Operation op) {
        if (!op.isRegistered()) return null;
        org.jmlir.ir.Dialect d = op.context().dialect(op.operationName().dialectNamespace());
        return d == null ? null : d.inlinerInterface();
    }
}
