package org.jmlir.pass;

/**
 * A textual pipeline that cannot be built. {@link #getMessage()} is the full message as mlir-opt words it, with
 * the offending text and a caret where a position is known.
 */
public final class PipelineException extends Exception {
    public PipelineException(String message) { super(message, null, false, false); }
}
