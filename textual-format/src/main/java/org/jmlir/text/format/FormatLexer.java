package org.jmlir.text.format;

/** Splits a declarative assembly format string into tokens, remembering each token's column (1-based). */
final class FormatLexer {
    enum Kind { LITERAL, VARIABLE, IDENTIFIER, STRING, PUNCT, EOF }

    record Token(Kind kind, String text, int column) {
        boolean is(String punct) { return kind == Kind.PUNCT && text.equals(punct); }

        boolean isIdent(String word) { return kind == Kind.IDENTIFIER && text.equals(word); }

        String describe() {
            return switch (kind) {
                case LITERAL -> "`" + text + "`";
                case VARIABLE -> "$" + text;
                case STRING -> "\"" + text + "\"";
                case EOF -> "end of format";
                default -> "'" + text + "'";
            };
        }
    }

    private final String src;
    private final FormatErrors errors;
    private int pos;

    FormatLexer(String src, FormatErrors errors) {
        this.src = src;
        this.errors = errors;
    }

    Token next() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
        int start = pos;
        int col = start + 1;
        if (pos >= src.length()) return new Token(Kind.EOF, "", col);
        char c = src.charAt(pos++);
        switch (c) {
            case '`' -> {
                int end = src.indexOf('`', pos);
                if (end < 0) throw errors.at(col, "unexpected end of format in literal");
                String text = src.substring(pos, end);
                if (text.indexOf('\n') >= 0) throw errors.at(col, "literal may not span lines");
                pos = end + 1;
                return new Token(Kind.LITERAL, text, col);
            }
            case '$' -> {
                int s = pos;
                while (pos < src.length() && isIdentChar(src.charAt(pos), false)) pos++;
                if (pos == s) throw errors.at(col, "expected variable name after '$'");
                return new Token(Kind.VARIABLE, src.substring(s, pos), col);
            }
            case '"' -> {
                StringBuilder sb = new StringBuilder();
                while (pos < src.length() && src.charAt(pos) != '"') {
                    char ch = src.charAt(pos++);
                    if (ch == '\\' && pos < src.length()) ch = src.charAt(pos++);
                    sb.append(ch);
                }
                if (pos >= src.length()) throw errors.at(col, "unterminated string in format");
                pos++;
                return new Token(Kind.STRING, sb.toString(), col);
            }
            case '(', ')', ',', ':', '^', '?', '<', '>', '=', '|', '[', ']', '{', '}' -> {
                return new Token(Kind.PUNCT, String.valueOf(c), col);
            }
            default -> {
                if (isIdentChar(c, true)) {
                    while (pos < src.length() && isIdentChar(src.charAt(pos), false)
                        || pos < src.length() && src.charAt(pos) == '-') pos++;
                    return new Token(Kind.IDENTIFIER, src.substring(start, pos), col);
                }
                throw errors.at(col, "unexpected character '" + c + "'");
            }
        }
    }

    private static boolean isIdentChar(char c, boolean first) {
        return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9';
    }
}
