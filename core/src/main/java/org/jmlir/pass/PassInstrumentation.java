package org.jmlir.pass;

import org.jmlir.ir.Operation;

/**
 * Hooks around each pass run (MLIR's PassInstrumentation): IR printing, timing, crash reproducers. Called on the
 * thread that runs the pass; instrumentations that print disable threading (see {@link #needsSingleThread()}).
 */
public interface PassInstrumentation {
    default void beforePass(Pass pass, Operation op) {}

    /** After a successful run; {@code changed} is false when the pass preserved everything. */
    default void afterPass(Pass pass, Operation op, boolean changed) {}

    default void afterPassFailed(Pass pass, Operation op) {}

    /** Whether ordered output requires running one op at a time. */
    default boolean needsSingleThread() { return false; }
}
