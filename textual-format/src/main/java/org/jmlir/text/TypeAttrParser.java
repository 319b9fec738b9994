package org.jmlir.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.asm.AsmParser;
import org.jmlir.asm.ParseException;
import org.jmlir.diag.Diagnostic;
import org.jmlir.diag.Severity;
import org.jmlir.ir.Context;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.Type;

/**
 * Parses MLIR's builtin types and attributes (and hands dialect ones to their dialects) over a {@link Lexer}; the
 * token-level {@link AsmParser} methods that dialects and custom op parsers use live here too. The op parser
 * extends this class. The grammar pieces are in package-private helpers ({@link TypeParser},
 * {@link AttributeParser}, {@link DenseElementsParser}, {@link LocationParser}, {@link AffineParser}) so that each
 * stays readable; they share this object's lexer, alias tables and error reporting.
 *
 * <p>Errors are reported to the context's diagnostic engine with mlir-opt's wording and position, then a
 * {@link ParseException} unwinds. Recursive descents are bounded by {@link ParserBase#MAX_NESTING}.
 */
public abstract class TypeAttrParser extends ParserBase implements AsmParser {
    /** {@code #name = attr} definitions seen so far (locations included). */
    protected final Map<String, Attribute> attributeAliases = new HashMap<>();
    /** {@code !name = type} definitions seen so far. */
    protected final Map<String, Type> typeAliases = new HashMap<>();

    final TypeParser types = new TypeParser(this);
    final AttributeParser attrs = new AttributeParser(this);
    final LocationParser locations = new LocationParser(this);

    protected TypeAttrParser(Context context, Lexer lex, String bufferName) {
        super(context, lex, bufferName);
    }

    // ---- errors

    /**
     * Reports an error about an unexpected token the way MLIR's emitWrongTokenError does: right after the previous
     * token (skipping blanks, blank lines and {@code //} comments), so that "expected '>'" points at the end of what
     * was written rather than at the start of the next line.
     */
    public ParseException errorWrongToken(String message) {
        if (lex.is(TokenKind.ERROR) && lex.errorMessage() != null) return errorAt(lex.start(), lex.errorMessage());
        String src = lex.source();
        int original = lex.is(TokenKind.EOF) ? Math.max(0, lex.start() - 1) : lex.start();
        int end = original;
        while (true) {
            while (end > 0 && (src.charAt(end - 1) == ' ' || src.charAt(end - 1) == '\t')) end--;
            if (end == 0) return errorAt(original, message);
            char c = src.charAt(end - 1);
            if (c != '\n' && c != '\r') return errorAt(end, message);
            end--;
            int nl = Math.max(src.lastIndexOf('\n', end - 1), src.lastIndexOf('\r', end - 1));
            int lineStart = Math.max(nl, 0);
            int comment = src.indexOf("//", lineStart);
            if (comment >= 0 && comment < end) end = comment;
        }
    }

    /**
     * While the current token is a lexer error, that error is what gets reported, wherever the parser meant to
     * report its own (MLIR reports the lexer's error and drops the parser's).
     */
    @Override
    public ParseException errorAt(int offset, String message) {
        if (lex.is(TokenKind.ERROR) && lex.errorMessage() != null) {
            return super.errorAt(locationOf(lex.start()), lex.errorMessage());
        }
        return super.errorAt(offset, message);
    }

    /** Reports an error with a note at the same place (MLIR's {@code emitError(...).attachNote() << ...}). */
    ParseException errorWithNote(int offset, String message, String note) {
        Location loc = locationOf(offset);
        Diagnostic d = context.diagnostics().emit(new Diagnostic(Severity.ERROR, loc, message));
        d.attachNote(loc, note);
        return new ParseException(message);
    }

    /** Consumes {@code k} or reports {@code message} as a wrong-token error (MLIR's parseToken). */
    void parseToken(TokenKind k, String message) {
        if (!consumeIf(k)) throw errorWrongToken(message);
    }

    // ---- nesting-guarded entry points used by the helpers

    /** Enters one level of nesting; pair with {@link #exitNesting()} in a finally block. */
    void enter() { enterNesting(); }

    void exit() { exitNesting(); }

    // ---- types

    @Override
    public Type parseType() { return types.parseType(); }

    @Override
    public Type parseOptionalType() {
        return types.startsType() ? types.parseType() : null;
    }

    @Override
    public Type parseColonType() {
        parseToken(TokenKind.COLON, "expected ':'");
        return parseType();
    }

    @Override
    public List<Type> parseColonTypeList() {
        parseToken(TokenKind.COLON, "expected ':'");
        return parseTypeList();
    }

    @Override
    public List<Type> parseTypeList() {
        List<Type> out = new ArrayList<>();
        do out.add(parseType()); while (consumeIf(TokenKind.COMMA));
        return out;
    }

    @Override
    public List<Type> parseOptionalArrowTypeList() {
        if (!consumeIf(TokenKind.ARROW)) return List.of();
        return types.parseFunctionResultTypes();
    }

    @Override
    public FunctionType parseFunctionType() {
        int start = lex.start();
        Type t = parseType();
        if (t instanceof FunctionType f) return f;
        throw errorAt(start, "invalid kind of type specified: expected builtin.function, but found "
            + AttrTypePrinter.typeToString(t));
    }

    @Override
    public List<Long> parseDimensionList(boolean allowDynamic, boolean withTrailingX) {
        return types.parseDimensionListRanked(allowDynamic, withTrailingX);
    }

    // ---- attributes

    @Override
    public Attribute parseAttribute() { return attrs.parseAttribute(null); }

    @Override
    public Attribute parseAttribute(Type type) { return attrs.parseAttribute(type); }

    @Override
    public Attribute parseOptionalAttribute() { return attrs.parseOptionalAttribute(null); }

    @Override
    public List<NamedAttribute> parseOptionalAttrDict() {
        if (!lex.is(TokenKind.LBRACE)) return List.of();
        return attrs.parseAttributeDict();
    }

    @Override
    public List<NamedAttribute> parseOptionalAttrDictWithKeyword() {
        if (!consumeKeyword("attributes")) return List.of();
        if (!lex.is(TokenKind.LBRACE)) throw errorWrongToken("expected '{' in attribute dictionary");
        return attrs.parseAttributeDict();
    }

    // ---- aliases

    /**
     * Parses a top-level {@code #name = attribute} or {@code !name = type} definition and records it. The lexer must
     * be at the {@code #name}/{@code !name} token.
     */
    public void parseAliasDefinition() {
        boolean isType = lex.is(TokenKind.EXCLAMATION_IDENTIFIER);
        if (!isType && !lex.is(TokenKind.HASH_IDENTIFIER)) throw error("expected alias definition");
        String name = lex.spelling().substring(1);
        String what = isType ? "type" : "attribute";
        if (isType ? typeAliases.containsKey(name) : attributeAliases.containsKey(name)) {
            throw error("redefinition of " + what + " alias id '" + name + "'");
        }
        if (name.contains(".")) throw error(what + " names with a '.' are reserved for dialect-defined names");
        lex.next();
        parseToken(TokenKind.EQUAL, "expected '=' in " + what + " alias definition");
        if (isType) typeAliases.put(name, parseType());
        else attributeAliases.put(name, parseAttribute());
    }

    /** The attribute defined as {@code #name}, or null. */
    public Attribute attributeAlias(String name) { return attributeAliases.get(name); }

    /** The type defined as {@code !name}, or null. */
    public Type typeAlias(String name) { return typeAliases.get(name); }

    // ---- locations

    /** Parses the inside of {@code loc(...)}: {@code unknown}, {@code "f":1:2}, names, call sites, fusions, aliases. */
    public Location parseLocationInstance() { return locations.parseLocationInstance(); }

    /**
     * Parses {@code loc(...)} if present (null otherwise). A {@code #loc} alias that is not yet defined is allowed,
     * as mlir-opt prints op location aliases after the module: it yields a placeholder that
     * {@link #resolveDeferredLocation} replaces once the whole buffer has been parsed.
     */
    public Location parseOptionalLocationSpecifier() { return locations.parseOptionalLocationSpecifier(); }

    /** Replaces a placeholder from a forward {@code loc(#alias)} reference by its definition; other locations pass. */
    public Location resolveDeferredLocation(Location loc) { return locations.resolveDeferred(loc); }

    /** True if some {@code loc(#alias)} referred to an alias not defined when it was parsed. */
    public boolean hasDeferredLocations() { return locations.hasDeferred(); }

    // ---- tokens (AsmParser)

    @Override
    public void parse(String punctuation) {
        TokenKind k = punctuation(punctuation);
        if (k == null) {
            parseKeyword(punctuation);
            return;
        }
        if (!consumeIf(k)) throw errorWrongToken("expected '" + punctuation + "'");
    }

    @Override
    public boolean parseOptional(String punctuation) {
        TokenKind k = punctuation(punctuation);
        if (k == null) return consumeKeyword(punctuation);
        return consumeIf(k);
    }

    @Override
    public void parseKeyword(String keyword) {
        if (!consumeKeyword(keyword)) throw error("expected '" + keyword + "'");
    }

    @Override
    public boolean parseOptionalKeyword(String keyword) { return consumeKeyword(keyword); }

    @Override
    public String parseOptionalKeyword() {
        if (!lex.is(TokenKind.BARE_IDENTIFIER)) return null;
        String s = lex.spelling();
        lex.next();
        return s;
    }

    @Override
    public String parseKeyword() {
        String s = parseOptionalKeyword();
        if (s == null) throw error("expected valid keyword");
        return s;
    }

    @Override
    public String parseKeywordOrString() {
        String s = parseOptionalKeyword();
        if (s == null) s = parseOptionalString();
        if (s == null) throw error("expected valid keyword or string");
        return s;
    }

    @Override
    public String parseString() {
        String s = parseOptionalString();
        if (s == null) throw error("expected string");
        return s;
    }

    @Override
    public String parseOptionalString() {
        if (!lex.is(TokenKind.STRING)) return null;
        String s = lex.stringValue();
        lex.next();
        return s;
    }

    @Override
    public BigInteger parseInteger() {
        int at = lex.start();
        BigInteger v = parseOptionalInteger();
        if (v == null) throw errorAt(at, "expected integer value");
        return v;
    }

    /** Accepts {@code true}/{@code false} as 1/0, like MLIR. */
    @Override
    public BigInteger parseOptionalInteger() {
        if (consumeKeyword("false")) return BigInteger.ZERO;
        if (consumeKeyword("true")) return BigInteger.ONE;
        if (!lex.is(TokenKind.INTEGER) && !lex.is(TokenKind.MINUS)) return null;
        boolean negative = consumeIf(TokenKind.MINUS);
        if (!lex.is(TokenKind.INTEGER)) throw errorWrongToken("expected integer value");
        BigInteger v = integerValue(lex.spelling());
        lex.next();
        return negative ? v.negate() : v;
    }

    /** The value of an INTEGER token's spelling, decimal or {@code 0x} hex. */
    static BigInteger integerValue(String spelling) {
        if (spelling.length() > 1 && spelling.charAt(1) == 'x') return new BigInteger(spelling.substring(2), 16);
        return new BigInteger(spelling);
    }

    /**
     * A float literal as a value of {@code type} (a float type; f64 when null). Accepts {@code inf}, {@code nan},
     * decimal floats and hex bit patterns, as MLIR's AsmParser::parseFloat.
     */
    @Override
    public double parseFloat(Type type) {
        FloatType ft = type instanceof FloatType f ? f : FloatType.F64;
        boolean negative = consumeIf(TokenKind.MINUS);
        double v = attrs.parseFloatFromLiteral(ft, negative, true);
        lex.next();
        return v;
    }

    @Override
    public String parseSymbolName() {
        String s = parseOptionalSymbolName();
        if (s == null) throw error("expected valid '@'-identifier for symbol name");
        return s;
    }

    @Override
    public String parseOptionalSymbolName() {
        if (!lex.is(TokenKind.AT_IDENTIFIER)) return null;
        String s = symbolReference();
        lex.next();
        return s;
    }

    /** The name an AT_IDENTIFIER token denotes, quoted or not. */
    String symbolReference() {
        String sp = lex.spelling();
        return sp.length() > 1 && sp.charAt(1) == '"' ? lex.stringValue() : sp.substring(1);
    }

    @Override
    public boolean peek(String tokenSpelling) {
        TokenKind k = punctuation(tokenSpelling);
        if (k != null) return lex.is(k);
        if (lex.isKeyword(tokenSpelling)) return true;
        return lex.spelling().equals(tokenSpelling);
    }

    @Override
    public String peekSpelling() { return lex.spelling(); }

    /** The unit attribute, interned. */
    Attribute unit() { return context.intern(UnitAttr.UNIT); }
}
