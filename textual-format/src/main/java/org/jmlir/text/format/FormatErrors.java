package org.jmlir.text.format;

/** Builds the message of a malformed format: the op, the column and the format with a caret under the column. */
final class FormatErrors {
    private final String opName;
    private final String format;

    FormatErrors(String opName, String format) {
        this.opName = opName;
        this.format = format;
    }

    IllegalArgumentException at(int column, String message) {
        String flat = format.replace('\n', ' ').replace('\t', ' ');
        return new IllegalArgumentException("invalid assembly format of '" + opName + "' at column " + column + ": "
            + message + "\n  " + flat + "\n  " + " ".repeat(Math.max(0, column - 1)) + "^");
    }

    /** An error about the format as a whole (a missing directive, an unresolvable type). */
    IllegalArgumentException whole(String message) {
        return at(1, message);
    }
}
