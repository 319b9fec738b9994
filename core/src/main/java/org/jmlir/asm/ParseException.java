package org.jmlir.asm;

/**
 * Thrown when parsing fails. The diagnostic has already been reported when this is thrown; callers unwind without
 * printing anything more. Carries no stack trace: it is control flow, not a bug report.
 */
public final class ParseException extends RuntimeException {
    public ParseException(String message) {
        super(message, null, false, false);
    }
}
