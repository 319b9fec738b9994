package org.jmlir.filecheck;

/**
 * A malformed directive or pattern in the check file. {@code offset} is where LLVM would point the caret; the
 * check-file reader turns it into an {@code error:} diagnostic and FileCheck exits with status 2.
 */
final class CheckSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final int offset;
    /**
     * LLVM prints errors that travel through its Error values (variable names, numeric blocks) with an extra
     * empty line after the caret; kept so the output is byte-for-byte the same.
     */
    final boolean trailingBlankLine;
    /** FileCheck's exit status for this error: 2, except where LLVM happens to exit with 1. */
    final int exitCode;

    CheckSyntaxError(String message, int offset) {
        this(message, offset, false);
    }

    CheckSyntaxError(String message, int offset, boolean trailingBlankLine) {
        this(message, offset, trailingBlankLine, 2);
    }

    CheckSyntaxError(String message, int offset, boolean trailingBlankLine, int exitCode) {
        super(message);
        this.offset = offset;
        this.trailingBlankLine = trailingBlankLine;
        this.exitCode = exitCode;
    }
}
