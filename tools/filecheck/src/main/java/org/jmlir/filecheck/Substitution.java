package org.jmlir.filecheck;

/**
 * A variable use whose value is only known at match time ({@code [[X]]} of an earlier line, or
 * {@code [[#expr]]}); its value is spliced into the pattern's regex at {@link #insertAt()} before matching.
 */
sealed interface Substitution {
    /** Index in the regex template where the value goes. */
    int insertAt();

    /** The text of the use as written ({@code X}, {@code N+1}), for notes such as {@code with "X" equal to ...}. */
    String from();

    /** Check-file offset of {@link #from()}. */
    int fromOffset();

    /** The value as a regex matching exactly that text. */
    String regexValue(Variables vars) throws UndefinedVariableException;

    /** The value quoted for diagnostics, or null when it cannot be computed. */
    String diagnosticValue(Variables vars);

    record StringVar(String from, int fromOffset, int insertAt) implements Substitution {
        @Override
        public String regexValue(Variables vars) throws UndefinedVariableException {
            String v = vars.strings.get(from);
            if (v == null) {
                throw new UndefinedVariableException(
                        java.util.List.of(new UndefinedVariableException.Use(from, fromOffset)));
            }
            return PosixRegex.quote(v);
        }

        @Override
        public String diagnosticValue(Variables vars) {
            String v = vars.strings.get(from);
            if (v == null) return null;
            boolean needsEscaping = v.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '"');
            return needsEscaping ? "\"" + Escapes.escape(v) + "\" (escaped value)" : "\"" + v + "\"";
        }
    }

    record Numeric(String from, int fromOffset, int insertAt, NumericExpr expr, NumericFormat format)
            implements Substitution {
        @Override
        public String regexValue(Variables vars) throws UndefinedVariableException {
            return PosixRegex.quote(format.format(expr.eval()));
        }

        @Override
        public String diagnosticValue(Variables vars) {
            try {
                return "\"" + format.format(expr.eval()) + "\"";
            } catch (UndefinedVariableException | ArithmeticException e) {
                return null;
            }
        }
    }
}
