package org.jmlir.filecheck;

/**
 * How a numeric variable or expression is written in the input ({@code [[#%x,ADDR:]]}): the regex matching any
 * value, and the text of a given value.
 */
record NumericFormat(Kind kind, int precision, boolean alternate) {
    enum Kind { NONE, UNSIGNED, SIGNED, HEX_LOWER, HEX_UPPER }

    static final NumericFormat NONE = new NumericFormat(Kind.NONE, 0, false);
    static final NumericFormat UNSIGNED = new NumericFormat(Kind.UNSIGNED, 0, false);

    boolean isHex() { return kind == Kind.HEX_LOWER || kind == Kind.HEX_UPPER; }

    String spelling() {
        return switch (kind) {
            case NONE -> "<none>";
            case UNSIGNED -> "%u";
            case SIGNED -> "%d";
            case HEX_LOWER -> "%x";
            case HEX_UPPER -> "%X";
        };
    }

    /** Java regex matching any value in this format. */
    String wildcardRegex() {
        String prefix = alternate ? "0x" : "";
        String digits = switch (kind) {
            case HEX_LOWER -> "0-9a-f";
            case HEX_UPPER -> "0-9A-F";
            default -> "0-9";
        };
        String sign = kind == Kind.SIGNED ? "-?" : "";
        if (precision > 0) {
            String lead = kind == Kind.HEX_LOWER ? "1-9a-f" : kind == Kind.HEX_UPPER ? "1-9A-F" : "1-9";
            return prefix + sign + "([" + lead + "][" + digits + "]*)?[" + digits + "]{" + precision + "}";
        }
        return prefix + sign + "[" + digits + "]+";
    }

    /** Capturing groups in {@link #wildcardRegex()}; LLVM's has one with a precision, which shifts group numbers. */
    int wildcardGroups() { return precision > 0 ? 1 : 0; }

    /** Text of {@code value}; a negative value has no unsigned/hex spelling. */
    String format(long value) throws ArithmeticException {
        if (value < 0 && kind != Kind.SIGNED) throw new ArithmeticException("negative value in unsigned format");
        String abs = switch (kind) {
            case HEX_LOWER -> Long.toHexString(Math.abs(value));
            case HEX_UPPER -> Long.toHexString(Math.abs(value)).toUpperCase(java.util.Locale.ROOT);
            default -> Long.toString(Math.abs(value));
        };
        StringBuilder sb = new StringBuilder();
        if (value < 0) sb.append('-');
        if (alternate) sb.append("0x");
        for (int i = abs.length(); i < precision; i++) sb.append('0');
        return sb.append(abs).toString();
    }

    /** Value of text matched by {@link #wildcardRegex()}. */
    long parse(String text) {
        String s = text;
        boolean negative = s.startsWith("-");
        if (negative) s = s.substring(1);
        if (alternate && s.startsWith("0x")) s = s.substring(2);
        long v = Long.parseUnsignedLong(s, isHex() ? 16 : 10);
        return negative ? -v : v;
    }
}
