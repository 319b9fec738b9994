package org.jmlir.filecheck;

/**
 * Translates the POSIX extended regular expressions accepted by LLVM's {@code Regex} (BSD regcomp) into
 * {@link java.util.regex.Pattern} syntax, rejecting what LLVM rejects with LLVM's error texts.
 *
 * <p>The dialects differ in ways that matter for tests written against the real FileCheck: a backslash is literal
 * inside brackets, {@code \d}/{@code \s}/{@code \w} are just the letters, {@code {} not followed by a digit is a
 * literal, a second repetition operator ({@code a*?}) is an error rather than a lazy quantifier, and (as with
 * REG_NEWLINE) negated brackets never match a newline. Capturing groups are kept one-to-one so that group numbers
 * (and back-references such as {@code \1}) mean what they mean in LLVM.
 */
final class PosixRegex {
    /** An invalid expression; {@code message} is LLVM's regerror text, {@code offset} where parsing stopped. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int offset;

        SyntaxError(String message, int offset) {
            super(message);
            this.offset = offset;
        }
    }

    /** The translated expression and its number of capturing groups. */
    record Result(String javaRegex, int groups, boolean hasAlternation) {}

    static final String EMPTY = "empty (sub)expression";
    static final String BADRPT = "repetition-operator operand invalid";
    static final String EPAREN = "parentheses not balanced";
    static final String EBRACE = "braces not balanced";
    static final String EBRACK = "brackets ([ ]) not balanced";
    static final String BADBR = "invalid repetition count(s)";
    static final String ERANGE = "invalid character range";
    static final String ECTYPE = "invalid character class";
    static final String ECOLLATE = "invalid collating element";
    static final String ESUBREG = "invalid backreference number";
    static final String EESCAPE = "trailing backslash (\\)";

    private static final int DUP_MAX = 255;

    private final String re;
    private int pos;
    private final StringBuilder out = new StringBuilder();
    private int groups;
    private final java.util.BitSet closedGroups = new java.util.BitSet();
    private boolean alternation;

    private PosixRegex(String re) { this.re = re; }

    static Result translate(String ere) throws SyntaxError {
        PosixRegex p = new PosixRegex(ere);
        p.parseEre(false);
        if (p.pos < ere.length()) throw new SyntaxError(EPAREN, p.pos); // a stray ')'
        return new Result(p.out.toString(), p.groups, p.alternation);
    }

    /** Escapes literal text for use inside a Java regex. */
    static String quote(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) appendLiteral(sb, s.charAt(i));
        return sb.toString();
    }

    static void appendLiteral(StringBuilder sb, char c) {
        if (isAsciiAlnum(c) || c == ' ' || c == '_' || c >= 0x80) {
            sb.append(c);
        } else if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
        } else {
            sb.append('\\').append(c); // any other ASCII punctuation may be escaped in Java
        }
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private boolean more() { return pos < re.length(); }

    private char peek() { return re.charAt(pos); }

    private boolean peekIs(int ahead, char c) {
        return pos + ahead < re.length() && re.charAt(pos + ahead) == c;
    }

    private boolean digitAt(int i) {
        return i < re.length() && Character.isDigit(re.charAt(i)) && re.charAt(i) < 0x80;
    }

    private void parseEre(boolean inGroup) throws SyntaxError {
        while (true) {
            int branchStart = out.length();
            while (more() && peek() != '|' && !(inGroup && peek() == ')')) parsePiece();
            if (out.length() == branchStart) throw new SyntaxError(EMPTY, pos);
            if (more() && peek() == '|') {
                alternation = true;
                out.append('|');
                pos++;
                continue;
            }
            return;
        }
    }

    private void parsePiece() throws SyntaxError {
        char c = peek();
        pos++;
        boolean wasCaret = false;
        switch (c) {
            case '(' -> {
                if (!more()) throw new SyntaxError(EPAREN, pos);
                int group = ++groups;
                out.append('(');
                if (!(more() && peek() == ')')) parseEre(true);
                if (!(more() && peek() == ')')) throw new SyntaxError(EPAREN, pos);
                pos++;
                out.append(')');
                closedGroups.set(group);
            }
            case ')' -> throw new SyntaxError(EPAREN, pos - 1);
            case '^' -> {
                out.append('^');
                wasCaret = true;
            }
            case '$' -> out.append('$');
            case '.' -> out.append('.');
            case '[' -> parseBracket();
            case '|' -> throw new SyntaxError(EMPTY, pos - 1);
            case '*', '+', '?' -> throw new SyntaxError(BADRPT, pos - 1);
            case '{' -> {
                if (digitAt(pos)) throw new SyntaxError(BADRPT, pos - 1);
                out.append("\\{");
            }
            case '\\' -> {
                if (!more()) throw new SyntaxError(EESCAPE, pos);
                char e = re.charAt(pos++);
                if (e >= '1' && e <= '9') {
                    if (!closedGroups.get(e - '0')) throw new SyntaxError(ESUBREG, pos);
                    // Wrapped so that a following literal digit is not read as part of the group number.
                    out.append("(?:\\").append(e).append(')');
                } else {
                    appendLiteral(out, e);
                }
            }
            default -> appendLiteral(out, c);
        }
        if (!more()) return;
        char r = peek();
        boolean isBound = r == '{' && digitAt(pos + 1);
        if (!(r == '*' || r == '+' || r == '?' || isBound)) return;
        if (wasCaret) throw new SyntaxError(BADRPT, pos);
        pos++;
        if (isBound) parseBound();
        else out.append(r);
        if (!more()) return;
        r = peek();
        if (r == '*' || r == '+' || r == '?' || (r == '{' && digitAt(pos + 1))) throw new SyntaxError(BADRPT, pos);
    }

    private void parseBound() throws SyntaxError {
        int min = parseCount();
        int max = min;
        boolean comma = false;
        if (more() && peek() == ',') {
            pos++;
            comma = true;
            max = digitAt(pos) ? parseCount() : -1;
        }
        if (!(more() && peek() == '}')) {
            while (more() && peek() != '}') pos++;
            throw new SyntaxError(more() ? BADBR : EBRACE, pos);
        }
        pos++;
        if (max != -1 && min > max) throw new SyntaxError(BADBR, pos);
        out.append('{').append(min);
        if (comma) out.append(',').append(max == -1 ? "" : Integer.toString(max));
        out.append('}');
    }

    private int parseCount() throws SyntaxError {
        int n = 0;
        int digits = 0;
        while (digitAt(pos) && n <= DUP_MAX) {
            n = n * 10 + (re.charAt(pos++) - '0');
            digits++;
        }
        if (digits == 0 || n > DUP_MAX) throw new SyntaxError(BADBR, pos);
        return n;
    }

    private void parseBracket() throws SyntaxError {
        StringBuilder cls = new StringBuilder("[");
        boolean negate = false;
        if (more() && peek() == '^') {
            negate = true;
            pos++;
            cls.append('^');
        }
        if (more() && (peek() == ']' || peek() == '-')) appendClassChar(cls, re.charAt(pos++));
        while (more() && peek() != ']' && !(peek() == '-' && peekIs(1, ']'))) parseBracketTerm(cls);
        if (more() && peek() == '-') {
            pos++;
            appendClassChar(cls, '-');
        }
        if (!(more() && peek() == ']')) throw new SyntaxError(EBRACK, pos);
        pos++;
        if (negate) cls.append("\\n"); // REG_NEWLINE: a non-matching list never matches a newline
        out.append(cls).append(']');
    }

    private void parseBracketTerm(StringBuilder cls) throws SyntaxError {
        char c = peek();
        if (c == '-') throw new SyntaxError(ERANGE, pos);
        if (c == '[' && peekIs(1, ':')) {
            // As in regcomp: the name is the letters that follow; then ":]" must come.
            pos += 2;
            if (!more()) throw new SyntaxError(EBRACK, pos);
            if (peek() == '-' || peek() == ']') throw new SyntaxError(ECTYPE, pos);
            int start = pos;
            while (more() && peek() < 0x80 && Character.isLetter(peek())) pos++;
            String javaClass = charClass(re.substring(start, pos));
            if (javaClass == null) throw new SyntaxError(ECTYPE, start);
            if (!more()) throw new SyntaxError(EBRACK, pos);
            if (!re.startsWith(":]", pos)) throw new SyntaxError(ECTYPE, pos);
            pos += 2;
            cls.append(javaClass);
            return;
        }
        char lo = bracketSymbol();
        if (more() && peek() == '-' && !peekIs(1, ']')) {
            pos++;
            char hi = bracketSymbol();
            if (lo > hi) throw new SyntaxError(ERANGE, pos);
            appendClassChar(cls, lo);
            cls.append('-');
            appendClassChar(cls, hi);
        } else {
            appendClassChar(cls, lo);
        }
    }

    /** One bracket element: a plain char or a single-character {@code [.x.]} / {@code [=x=]}. */
    private char bracketSymbol() throws SyntaxError {
        if (!more()) throw new SyntaxError(EBRACK, pos);
        if (peek() == '[' && (peekIs(1, '.') || peekIs(1, '='))) {
            char kind = re.charAt(pos + 1);
            pos += 2;
            int end = re.indexOf(new String(new char[] {kind, ']'}), pos);
            if (end < 0) throw new SyntaxError(EBRACK, pos);
            String sym = re.substring(pos, end);
            if (sym.length() != 1) throw new SyntaxError(ECOLLATE, pos);
            pos = end + 2;
            return sym.charAt(0);
        }
        return re.charAt(pos++);
    }

    private static void appendClassChar(StringBuilder cls, char c) {
        appendLiteral(cls, c);
    }

    private static String charClass(String name) {
        return switch (name) {
            case "alnum" -> "\\p{Alnum}";
            case "alpha" -> "\\p{Alpha}";
            case "blank" -> "\\p{Blank}";
            case "cntrl" -> "\\p{Cntrl}";
            case "digit" -> "\\p{Digit}";
            case "graph" -> "\\p{Graph}";
            case "lower" -> "\\p{Lower}";
            case "print" -> "\\p{Print}";
            case "punct" -> "\\p{Punct}";
            case "space" -> "\\p{Space}";
            case "upper" -> "\\p{Upper}";
            case "xdigit" -> "\\p{XDigit}";
            default -> null;
        };
    }
}
