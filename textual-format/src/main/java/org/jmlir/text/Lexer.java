package org.jmlir.text;

/**
 * A single-pass lexer over the input characters, MLIR's token rules. Tokens are not materialized as objects: the
 * lexer exposes the current token's kind and [start, end) span, which keeps parsing of million-op modules cheap.
 */
public final class Lexer {
    private final String src;
    private final int length;
    private int pos;

    private TokenKind kind;
    private int start;
    private int end;
    private String errorMessage;

    private int[] lineStarts;
    private int lastLine;

    public Lexer(String src) {
        this.src = src;
        this.length = src.length();
        next();
    }

    public String source() { return src; }

    public TokenKind kind() { return kind; }

    public int start() { return start; }

    public int end() { return end; }

    /** The spelling of the current token. */
    public String spelling() { return src.substring(start, end); }

    public String errorMessage() { return errorMessage; }

    public boolean is(TokenKind k) { return kind == k; }

    /** True if the current token is the bare identifier {@code kw}. */
    public boolean isKeyword(String kw) {
        return kind == TokenKind.BARE_IDENTIFIER && end - start == kw.length() && src.startsWith(kw, start);
    }

    /** Repositions the lexer so that the next token starts at {@code offset}. */
    public void resetTo(int offset) {
        pos = offset;
        next();
    }

    /** Advances to the next token. */
    public void next() {
        skipTrivia();
        start = pos;
        if (pos >= length) {
            kind = TokenKind.EOF;
            end = pos;
            return;
        }
        char c = src.charAt(pos);
        switch (c) {
            case ':' -> single(TokenKind.COLON);
            case ',' -> single(TokenKind.COMMA);
            case '=' -> single(TokenKind.EQUAL);
            case '>' -> single(TokenKind.GREATER);
            case '<' -> single(TokenKind.LESS);
            case '{' -> {
                if (src.startsWith("{-#", pos)) {
                    pos += 3;
                    finish(TokenKind.FILE_METADATA_BEGIN);
                } else {
                    single(TokenKind.LBRACE);
                }
            }
            case '}' -> single(TokenKind.RBRACE);
            case '(' -> single(TokenKind.LPAREN);
            case ')' -> single(TokenKind.RPAREN);
            case '[' -> single(TokenKind.LSQUARE);
            case ']' -> single(TokenKind.RSQUARE);
            case '+' -> single(TokenKind.PLUS);
            case '?' -> single(TokenKind.QUESTION);
            case '*' -> single(TokenKind.STAR);
            case '|' -> single(TokenKind.VERTICAL_BAR);
            case '-' -> {
                if (pos + 1 < length && src.charAt(pos + 1) == '>') {
                    pos += 2;
                    finish(TokenKind.ARROW);
                } else {
                    single(TokenKind.MINUS);
                }
            }
            case '.' -> {
                if (src.startsWith("...", pos)) {
                    pos += 3;
                    finish(TokenKind.ELLIPSIS);
                } else {
                    error("expected three consecutive dots for an ellipsis");
                    start = pos; // MLIR points just past the first dot
                }
            }
            case '"' -> lexString();
            case '%' -> lexPrefixed(TokenKind.PERCENT_IDENTIFIER);
            case '^' -> lexPrefixed(TokenKind.CARET_IDENTIFIER);
            case '!' -> lexPrefixed(TokenKind.EXCLAMATION_IDENTIFIER);
            case '#' -> {
                if (src.startsWith("#-}", pos)) {
                    pos += 3;
                    finish(TokenKind.FILE_METADATA_END);
                } else {
                    lexPrefixed(TokenKind.HASH_IDENTIFIER);
                }
            }
            case '@' -> lexAt();
            default -> {
                if (isLetter(c) || c == '_') lexBareIdentifier();
                else if (c >= '0' && c <= '9') lexNumber();
                else if (c == '/') error(null); // a lone '/': mlir-opt reports what the parser expected instead
                else error("unexpected character");
            }
        }
    }

    private void single(TokenKind k) {
        pos++;
        finish(k);
    }

    private void finish(TokenKind k) {
        kind = k;
        end = pos;
    }

    private void error(String msg) {
        errorMessage = msg;
        pos++;
        finish(TokenKind.ERROR);
    }

    private void skipTrivia() {
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else if (c == '/' && pos + 1 < length && src.charAt(pos + 1) == '/') {
                int nl = src.indexOf('\n', pos);
                pos = nl < 0 ? length : nl + 1;
            } else {
                return;
            }
        }
    }

    static boolean isLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** Characters allowed after the first in bare identifiers: letters, digits, {@code _ $ .}. */
    static boolean isIdentChar(char c) { return isLetter(c) || isDigit(c) || c == '_' || c == '$' || c == '.'; }

    /** Suffix characters of %, ^, #, ! identifiers: letters, digits, {@code $ . _ -}. */
    static boolean isSuffixIdChar(char c) { return isLetter(c) || isDigit(c) || c == '_' || c == '$' || c == '.' || c == '-'; }

    private void lexBareIdentifier() {
        pos++;
        while (pos < length && isIdentChar(src.charAt(pos))) pos++;
        finish(TokenKind.BARE_IDENTIFIER);
    }

    private void lexPrefixed(TokenKind k) {
        pos++;
        // MLIR's wording for a prefix with no name after it
        String invalid = switch (k) {
            case HASH_IDENTIFIER -> "invalid attribute name";
            case PERCENT_IDENTIFIER -> "invalid SSA name";
            case CARET_IDENTIFIER -> "invalid block name";
            default -> "invalid type identifier";
        };
        if (pos >= length) {
            errorMessage = invalid;
            finish(TokenKind.ERROR);
            return;
        }
        char c = src.charAt(pos);
        if (isDigit(c)) {
            // a suffix-id that starts with a digit is all digits (%0, ^1, #2), as in MLIR
            while (pos < length && isDigit(src.charAt(pos))) pos++;
        } else if (isLetter(c) || c == '_' || c == '$' || c == '.' || c == '-') {
            while (pos < length && isSuffixIdChar(src.charAt(pos))) pos++;
        } else if ((k == TokenKind.HASH_IDENTIFIER || k == TokenKind.EXCLAMATION_IDENTIFIER) && c == '"') {
            // #"quoted" isn't MLIR syntax; treat as just the prefix so the parser can report a clean error
            finish(k);
            return;
        } else {
            // bare '!' or '#' : the prefix alone (e.g. '!' followed by '<' in opaque type syntax is not valid)
            errorMessage = invalid;
            finish(TokenKind.ERROR);
            return;
        }
        finish(k);
    }

    private void lexAt() {
        pos++;
        if (pos < length && src.charAt(pos) == '"') {
            lexStringBody();
            if (kind == TokenKind.ERROR) return;
            finish(TokenKind.AT_IDENTIFIER);
            return;
        }
        if (pos < length && (isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            while (pos < length && isSuffixIdChar(src.charAt(pos)) && src.charAt(pos) != '-') pos++;
            finish(TokenKind.AT_IDENTIFIER);
            return;
        }
        errorMessage = "@ identifier expected to start with letter or '_'";
        start = pos; // at the character after '@', as MLIR reports it
        if (pos < length) pos++;
        finish(TokenKind.ERROR);
    }

    private void lexString() {
        lexStringBody();
        if (kind != TokenKind.ERROR) finish(TokenKind.STRING);
    }

    private void lexStringBody() {
        pos++; // opening quote
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '"') {
                pos++;
                kind = TokenKind.STRING;
                return;
            }
            if (c == '\n' || c == '\r') {
                errorMessage = "expected '\"' in string literal";
                start = pos; // MLIR points at the end of the line, not at the opening quote
                finish(TokenKind.ERROR);
                return;
            }
            if (c == '\\') {
                if (pos + 1 < length && "\"\\nt".indexOf(src.charAt(pos + 1)) >= 0) {
                    pos += 2;
                    continue;
                }
                if (pos + 2 < length && isHex(src.charAt(pos + 1)) && isHex(src.charAt(pos + 2))) {
                    pos += 3;
                    continue;
                }
                errorMessage = "unknown escape in string literal";
                start = pos; // at the backslash, as MLIR reports it
                finish(TokenKind.ERROR);
                return;
            }
            pos++;
        }
        errorMessage = "expected '\"' in string literal";
        start = pos;
        finish(TokenKind.ERROR);
    }

    static boolean isHex(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    private void lexNumber() {
        int s = pos;
        if (src.charAt(pos) == '0' && pos + 1 < length && src.charAt(pos + 1) == 'x'
            && pos + 2 < length && isHex(src.charAt(pos + 2))) {
            pos += 2;
            while (pos < length && isHex(src.charAt(pos))) pos++;
            finish(TokenKind.INTEGER);
            return;
        }
        while (pos < length && isDigit(src.charAt(pos))) pos++;
        if (pos >= length || src.charAt(pos) != '.') {
            finish(TokenKind.INTEGER);
            return;
        }
        pos++; // '.'
        while (pos < length && isDigit(src.charAt(pos))) pos++;
        if (pos < length && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < length && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) pos++;
            if (pos < length && isDigit(src.charAt(pos))) {
                while (pos < length && isDigit(src.charAt(pos))) pos++;
            } else {
                pos = save;
            }
        }
        assert pos > s;
        finish(TokenKind.FLOAT);
    }

    /** Decodes the current STRING token (or the quoted part of an AT_IDENTIFIER) to its value. */
    public String stringValue() {
        int s = start, e = end;
        if (kind == TokenKind.AT_IDENTIFIER) s++;
        return decodeString(src, s + 1, e - 1);
    }

    /**
     * Decodes MLIR string escapes ({@code \n \t \" \\ \XX}) in {@code src[from, to)}. Escaped bytes form UTF-8
     * sequences, so {@code "\E2\82\AC"} decodes to the euro sign.
     */
    public static String decodeString(String src, int from, int to) {
        // Bounded scan: indexOf would search to the end of the buffer, making every string O(file size).
        int bs = -1;
        for (int k = from; k < to; k++) {
            if (src.charAt(k) == '\\') {
                bs = k;
                break;
            }
        }
        if (bs < 0) return src.substring(from, to);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(to - from);
        int i = from;
        while (i < to) {
            char c = src.charAt(i);
            if (c == '\\') {
                char n = src.charAt(i + 1);
                switch (n) {
                    case 'n' -> { out.write('\n'); i += 2; }
                    case 't' -> { out.write('\t'); i += 2; }
                    case '"' -> { out.write('"'); i += 2; }
                    case '\\' -> { out.write('\\'); i += 2; }
                    default -> {
                        out.write(Integer.parseInt(src.substring(i + 1, i + 3), 16));
                        i += 3;
                    }
                }
            } else {
                int cp = src.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return decodeUtf8Escaping(out.toByteArray());
    }

    /**
     * Decodes UTF-8, mapping each byte of an invalid sequence to the lone surrogate U+DC00+byte (Python's
     * "surrogateescape"), so that strings holding arbitrary bytes ({@code "\FF"}) print back byte for byte.
     */
    static String decodeUtf8Escaping(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
            int cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) ok = false;
                cp = (cp << 6) | (cc & 0x3F);
            }
            // reject overlong forms, surrogates and values past U+10FFFF
            if (ok && ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))) {
                ok = false;
            }
            if (ok) {
                sb.appendCodePoint(cp);
                i += len;
            } else {
                sb.append((char) (0xDC00 | c));
                i++;
            }
        }
        return sb.toString();
    }

    /** Line (1-based) and column (1-based) of a character offset; O(log lines) after a one-time scan. */
    public int[] lineCol(int offset) {
        if (lineStarts == null) {
            // indexOf is vectorized: a large file's lines are found in a fraction of a charAt loop's time
            int[] ls = new int[1024];
            int n = 1;
            for (int i = src.indexOf('\n'); i >= 0 && i < length; i = src.indexOf('\n', i + 1)) {
                if (n == ls.length) ls = java.util.Arrays.copyOf(ls, n * 2);
                ls[n++] = i + 1;
            }
            lineStarts = java.util.Arrays.copyOf(ls, n);
        }
        // Ops are parsed in order, so the line of the previous query is almost always the answer or close to it.
        int l = lastLine;
        if (lineStarts[l] <= offset) {
            while (l + 1 < lineStarts.length && lineStarts[l + 1] <= offset && l - lastLine < 8) l++;
            if (l + 1 >= lineStarts.length || lineStarts[l + 1] > offset) {
                lastLine = l;
                return new int[] {l + 1, offset - lineStarts[l] + 1};
            }
        }
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
        }
        lastLine = lo;
        return new int[] {lo + 1, offset - lineStarts[lo] + 1};
    }
}
