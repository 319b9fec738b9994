package org.jmlir.text;

import org.jmlir.asm.ParseException;
import org.jmlir.diag.Diagnostic;
import org.jmlir.diag.Severity;
import org.jmlir.ir.Context;
import org.jmlir.ir.attr.FileLineColLoc;
import org.jmlir.ir.attr.Location;

/**
 * Token-level helpers shared by the parsers of ops, types, attributes and affine structures: the lexer, located
 * errors, and a nesting-depth guard so that absurdly deep input ends in a diagnostic rather than a
 * StackOverflowError.
 */
public class ParserBase {
    /** Deepest nesting of regions, types and attributes accepted; deeper input gets a diagnostic. */
    public static final int MAX_NESTING = 1000;

    protected final Context context;
    protected final Lexer lex;
    protected final String bufferName;
    private int depth;
    private String errorPrefix = "";

    public ParserBase(Context context, Lexer lex, String bufferName) {
        this.context = context;
        this.lex = lex;
        this.bufferName = bufferName;
    }

    public Context context() { return context; }

    public Lexer lexer() { return lex; }

    /** The location of a character offset in this buffer. */
    public FileLineColLoc locationOf(int offset) {
        int[] lc = lex.lineCol(offset);
        // Not interned: nearly every op has its own position, so interning would only grow the context's table.
        return new FileLineColLoc(bufferName, lc[0], lc[1]);
    }

    public Location currentLocation() { return locationOf(lex.start()); }

    /** Reports an error at the current token and returns the exception to throw. */
    public ParseException error(String message) {
        if (lex.is(TokenKind.ERROR) && lex.errorMessage() != null) return errorAt(lex.start(), lex.errorMessage());
        return errorAt(lex.start(), message);
    }

    public ParseException errorAt(int offset, String message) { return errorAt(locationOf(offset), message); }

    public ParseException errorAt(Location loc, String message) {
        String full = errorPrefix.isEmpty() || !raisedByCustomParser() ? message : errorPrefix + message;
        context.diagnostics().emit(new Diagnostic(Severity.ERROR, loc, full));
        return new ParseException(full);
    }

    /**
     * Whether the error comes straight from a dialect's hand-written parser (not from a parse method of the textual
     * format it called): only those carry MLIR's {@code custom op 'name'} prefix. Errors are rare, so the stack walk
     * costs nothing that matters.
     */
    private static boolean raisedByCustomParser() {
        return StackWalker.getInstance().walk(frames -> frames
            .dropWhile(f -> f.getClassName().startsWith("org.jmlir.text.")
                && (f.getMethodName().startsWith("error") || f.getMethodName().contains("raisedByCustomParser")))
            .findFirst()
            .map(f -> !f.getClassName().startsWith("org.jmlir.text."))
            .orElse(false));
    }

    /**
     * Sets the text put before error messages (MLIR prefixes errors raised inside a custom op's parser with
     * {@code custom op 'name' }); returns the previous prefix, to be restored. Regions parsed inside the custom
     * parser reset it, so errors in nested ops are not prefixed.
     */
    protected String setErrorPrefix(String prefix) {
        String old = errorPrefix;
        errorPrefix = prefix;
        return old;
    }

    /** Enters one nesting level; throws a diagnostic past {@link #MAX_NESTING}. Pair with {@link #exitNesting()}. */
    protected void enterNesting() {
        if (++depth > MAX_NESTING) {
            depth = 0; // let the error unwind without tripping again
            throw error("nesting is too deep (more than " + MAX_NESTING + " levels)");
        }
    }

    protected void exitNesting() { depth--; }

    public boolean consumeIf(TokenKind k) {
        if (!lex.is(k)) return false;
        lex.next();
        return true;
    }

    public void expect(TokenKind k, String what) {
        if (!lex.is(k)) throw error("expected " + what);
        lex.next();
    }

    public boolean consumeKeyword(String kw) {
        if (!lex.isKeyword(kw)) return false;
        lex.next();
        return true;
    }

    /** Spelling of a punctuation token kind, for messages ({@code expected ')'}). */
    public static String spell(TokenKind k) {
        return switch (k) {
            case ARROW -> "->";
            case COLON -> ":";
            case COMMA -> ",";
            case EQUAL -> "=";
            case ELLIPSIS -> "...";
            case GREATER -> ">";
            case LESS -> "<";
            case LBRACE -> "{";
            case RBRACE -> "}";
            case LPAREN -> "(";
            case RPAREN -> ")";
            case LSQUARE -> "[";
            case RSQUARE -> "]";
            case MINUS -> "-";
            case PLUS -> "+";
            case QUESTION -> "?";
            case STAR -> "*";
            case VERTICAL_BAR -> "|";
            default -> k.name();
        };
    }

    /** The token kind of a punctuation spelling, or null. */
    public static TokenKind punctuation(String s) {
        return switch (s) {
            case "->" -> TokenKind.ARROW;
            case ":" -> TokenKind.COLON;
            case "," -> TokenKind.COMMA;
            case "=" -> TokenKind.EQUAL;
            case "..." -> TokenKind.ELLIPSIS;
            case ">" -> TokenKind.GREATER;
            case "<" -> TokenKind.LESS;
            case "{" -> TokenKind.LBRACE;
            case "}" -> TokenKind.RBRACE;
            case "(" -> TokenKind.LPAREN;
            case ")" -> TokenKind.RPAREN;
            case "[" -> TokenKind.LSQUARE;
            case "]" -> TokenKind.RSQUARE;
            case "-" -> TokenKind.MINUS;
            case "+" -> TokenKind.PLUS;
            case "?" -> TokenKind.QUESTION;
            case "*" -> TokenKind.STAR;
            case "|" -> TokenKind.VERTICAL_BAR;
            default -> null;
        };
    }

    /** Consumes punctuation {@code p} or reports {@code expected 'p'}. */
    public void expectPunct(String p) {
        TokenKind k = punctuation(p);
        if (k == null) throw new IllegalArgumentException("not punctuation: " + p);
        if (!lex.is(k)) throw error("expected '" + p + "'");
        lex.next();
    }
}
