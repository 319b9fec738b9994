package org.jmlir.ir;

/** What a walk callback asks for next. */
public enum WalkResult {
    /** Continue the walk. */
    ADVANCE,
    /** Do not visit this op's nested ops (pre-order only); continue with the rest. */
    SKIP,
    /** Stop the whole walk. */
    INTERRUPT
}
