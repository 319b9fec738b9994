package org.jmlir.text;

import org.jmlir.asm.ParseException;
import org.jmlir.ir.Context;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;

/**
 * A {@link TypeAttrParser} over a single string: parses one type or attribute that must span the whole input (MLIR's
 * {@code mlir::parseType}/{@code mlir::parseAttribute}). Errors are reported to the context's diagnostics as
 * {@code <buffer>:line:col} and thrown as {@link ParseException}.
 */
public final class StandaloneTypeAttrParser extends TypeAttrParser {
    /** The buffer name mlir-opt uses for strings parsed on their own. */
    public static final String BUFFER = "<mlir_parser_buffer>";

    public StandaloneTypeAttrParser(Context context, String text) {
        this(context, text, BUFFER);
    }

    public StandaloneTypeAttrParser(Context context, String text, String bufferName) {
        super(context, new Lexer(text), bufferName);
    }

    /** Parses {@code text} as one type; throws {@link ParseException} (after reporting) on error. */
    public static Type parseType(Context context, String text) {
        StandaloneTypeAttrParser p = new StandaloneTypeAttrParser(context, text);
        Type t = p.parseType();
        p.expectEnd();
        return t;
    }

    /** Parses {@code text} as one attribute; throws {@link ParseException} (after reporting) on error. */
    public static Attribute parseAttribute(Context context, String text) {
        StandaloneTypeAttrParser p = new StandaloneTypeAttrParser(context, text);
        Attribute a = p.parseAttribute();
        p.expectEnd();
        return a;
    }

    /** Parses {@code text} as a location instance (the inside of {@code loc(...)}). */
    public static Location parseLocation(Context context, String text) {
        StandaloneTypeAttrParser p = new StandaloneTypeAttrParser(context, text);
        Location l = p.parseLocationInstance();
        p.expectEnd();
        return l;
    }

    /** Reports {@code encountered unexpected token} unless the whole input was consumed. */
    public void expectEnd() {
        if (!lex.is(TokenKind.EOF)) throw error("encountered unexpected token");
    }
}
