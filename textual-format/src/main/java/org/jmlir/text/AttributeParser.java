package org.jmlir.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmlir.ir.affine.AffineMap;
import org.jmlir.ir.affine.IntegerSet;
import org.jmlir.ir.attr.AffineMapAttr;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.IntegerSetAttr;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.StridedLayoutAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;

/** The builtin attribute grammar (MLIR's AttributeParser.cpp), with mlir-opt's messages and positions. */
final class AttributeParser {
    private final TypeAttrParser p;
    private final Lexer lex;

    AttributeParser(TypeAttrParser p) {
        this.p = p;
        this.lex = p.lexer();
    }

    private <T> T intern(T t) { return p.context().intern(t); }

    /** Parses an attribute; {@code type}, when not null, is the type implied by the context. */
    Attribute parseAttribute(Type type) {
        p.enter();
        try {
            return parse(type);
        } finally {
            p.exit();
        }
    }

    /** The attribute, or null when the next token cannot start one. */
    Attribute parseOptionalAttribute(Type type) {
        switch (lex.kind()) {
            case AT_IDENTIFIER, FLOAT, INTEGER, HASH_IDENTIFIER, LBRACE, LSQUARE, MINUS, STRING -> {
                return parseAttribute(type);
            }
            case BARE_IDENTIFIER -> {
                switch (lex.spelling()) {
                    case "affine_map", "affine_set", "dense", "dense_resource", "false", "loc", "sparse", "true",
                         "unit", "array", "strided", "distinct" -> {
                        return parseAttribute(type);
                    }
                    default -> { }
                }
            }
            default -> { }
        }
        if (!p.types.startsType()) return null;
        return intern(new TypeAttr(p.parseType()));
    }

    private Attribute parse(Type type) {
        switch (lex.kind()) {
            case LSQUARE -> { return parseArray(); }
            case LBRACE -> {
                List<NamedAttribute> entries = parseAttributeDict();
                return intern(entries.isEmpty() ? DictionaryAttr.EMPTY : DictionaryAttr.of(entries));
            }
            case HASH_IDENTIFIER -> { return DialectSymbols.parseExtendedAttr(p, type); }
            case FLOAT -> { return parseFloatAttr(type, false); }
            case INTEGER -> { return parseDecOrHexAttr(type, false); }
            case MINUS -> {
                lex.next();
                if (lex.is(TokenKind.INTEGER)) return parseDecOrHexAttr(type, true);
                if (lex.is(TokenKind.FLOAT)) return parseFloatAttr(type, true);
                throw p.errorWrongToken("expected constant integer or floating point value");
            }
            case STRING -> {
                String v = lex.stringValue();
                lex.next();
                if (type == null && p.consumeIf(TokenKind.COLON)) type = p.parseType();
                return type == null ? intern(new StringAttr(v)) : intern(new StringAttr(v, type));
            }
            case AT_IDENTIFIER -> { return parseSymbolRef(); }
            case BARE_IDENTIFIER -> {
                Attribute a = parseKeywordAttribute(type);
                if (a != null) return a;
            }
            default -> { }
        }
        if (!p.types.startsType()) throw p.errorWrongToken("expected attribute value");
        return intern(new TypeAttr(p.parseType()));
    }

    /** Attributes introduced by a keyword; null when the keyword is not one of them (a type, perhaps). */
    private Attribute parseKeywordAttribute(Type type) {
        switch (lex.spelling()) {
            case "affine_map" -> {
                lex.next();
                p.parseToken(TokenKind.LESS, "expected '<' in affine map");
                AffineMap map = new AffineParser(p).parseAffineMapReference();
                p.parseToken(TokenKind.GREATER, "expected '>' in affine map");
                return intern(new AffineMapAttr(map));
            }
            case "affine_set" -> {
                lex.next();
                p.parseToken(TokenKind.LESS, "expected '<' in integer set");
                IntegerSet set = new AffineParser(p).parseIntegerSetReference();
                p.parseToken(TokenKind.GREATER, "expected '>' in integer set");
                return intern(new IntegerSetAttr(set));
            }
            case "true", "false" -> {
                boolean b = lex.spelling().equals("true");
                lex.next();
                return intern(IntegerAttr.bool(b));
            }
            case "unit" -> {
                lex.next();
                return intern(UnitAttr.UNIT);
            }
            case "dense" -> { return new DenseElementsParser(p).parseDenseElementsAttr(type); }
            case "array" -> { return parseDenseArrayAttr(); }
            case "strided" -> { return parseStridedLayoutAttr(); }
            case "loc" -> {
                lex.next();
                p.parseToken(TokenKind.LPAREN, "expected '(' in inline location");
                Attribute loc = p.parseLocationInstance();
                p.parseToken(TokenKind.RPAREN, "expected ')' in inline location");
                return loc;
            }
            case "dense_resource", "sparse", "distinct" -> {
                throw p.error("'" + lex.spelling() + "' attributes are not supported");
            }
            default -> { return null; }
        }
    }

    private Attribute parseArray() {
        lex.next();
        List<Attribute> elements = new ArrayList<>();
        if (!p.consumeIf(TokenKind.RSQUARE)) {
            do elements.add(parseAttribute(null)); while (p.consumeIf(TokenKind.COMMA));
            p.parseToken(TokenKind.RSQUARE, "expected ',' or ']'");
        }
        return intern(elements.isEmpty() ? ArrayAttr.EMPTY : new ArrayAttr(elements));
    }

    /** {@code {a = 1, "b c", d}}; a key without a value is a unit attribute. Keeps the written order. */
    List<NamedAttribute> parseAttributeDict() {
        p.parseToken(TokenKind.LBRACE, "expected '{' in attribute dictionary");
        List<NamedAttribute> out = new ArrayList<>();
        if (p.consumeIf(TokenKind.RBRACE)) return out;
        Set<String> seen = new HashSet<>();
        do {
            String name;
            if (lex.is(TokenKind.STRING)) name = lex.stringValue();
            else if (lex.is(TokenKind.BARE_IDENTIFIER)) name = lex.spelling();
            else throw p.errorWrongToken("expected attribute name");
            if (name.isEmpty()) throw p.error("expected valid attribute name");
            if (!seen.add(name)) throw p.error("duplicate key '" + name + "' in dictionary attribute");
            lex.next();
            Attribute value = p.consumeIf(TokenKind.EQUAL) ? parseAttribute(null) : intern(UnitAttr.UNIT);
            out.add(new NamedAttribute(name, value));
        } while (p.consumeIf(TokenKind.COMMA));
        p.parseToken(TokenKind.RBRACE, "expected '}' in attribute dictionary");
        return out;
    }

    private Attribute parseSymbolRef() {
        String root = p.symbolReference();
        lex.next();
        List<String> nested = new ArrayList<>();
        while (lex.is(TokenKind.COLON)) {
            int colon = lex.start();
            lex.next();
            if (!p.consumeIf(TokenKind.COLON)) {
                lex.resetTo(colon); // a lone ':' belongs to whatever follows the reference
                break;
            }
            if (!lex.is(TokenKind.AT_IDENTIFIER)) throw p.error("expected nested symbol reference identifier");
            nested.add(p.symbolReference());
            lex.next();
        }
        return intern(new SymbolRefAttr(root, nested));
    }

    // ---- numbers

    private Attribute parseFloatAttr(Type type, boolean negative) {
        double v = Double.parseDouble(lex.spelling());
        lex.next();
        if (type == null) type = p.consumeIf(TokenKind.COLON) ? p.parseType() : intern(FloatType.F64);
        if (!(type instanceof FloatType ft)) throw p.error("floating point value not valid for specified type");
        return intern(new FloatAttr(type, FloatFormats.round(negative ? -v : v, ft.kind())));
    }

    private Attribute parseDecOrHexAttr(Type type, boolean negative) {
        int at = lex.start();
        String spelling = lex.spelling();
        lex.next();
        if (type == null) type = p.consumeIf(TokenKind.COLON) ? p.parseType() : intern(IntegerType.I64);
        if (type instanceof FloatType ft) {
            return intern(new FloatAttr(type, floatFromIntegerLiteral(at, spelling, negative, ft)));
        }
        if (!(type instanceof IntegerType) && !(type instanceof IndexType)) {
            throw p.errorAt(at, "integer literal not valid for specified type");
        }
        if (negative && type instanceof IntegerType it && it.isUnsigned()) {
            throw p.errorAt(at, "negative integer literal not valid for unsigned integer type");
        }
        BigInteger v = buildIntegerValue(type, negative, spelling);
        if (v == null) throw p.errorAt(at, "integer constant out of range for attribute");
        return intern(new IntegerAttr(type, v));
    }

    /** The bit width an integer-like type's values have (index is 64 bits, as MLIR stores it). */
    static int intWidth(Type t) { return t instanceof IntegerType it ? it.width() : 64; }

    /**
     * MLIR's buildAttributeAPInt: the literal must fit the type's width (a signless value may use the sign bit), a
     * negative one must be representable in two's complement. Returns the value as {@link IntegerAttr} holds it
     * (signless read as signed, i1 as 0/1), or null when out of range.
     */
    static BigInteger buildIntegerValue(Type type, boolean negative, String spelling) {
        BigInteger mag = TypeAttrParser.integerValue(spelling);
        int width = intWidth(type);
        if (mag.bitLength() > width) return null;
        if (width == 0) return negative ? null : BigInteger.ZERO;
        BigInteger modulus = BigInteger.ONE.shiftLeft(width);
        boolean signed = !(type instanceof IntegerType it) || it.isSigned();
        BigInteger bits;
        if (negative) {
            bits = mag.negate().mod(modulus);
            if (!bits.testBit(width - 1)) return null;
        } else {
            bits = mag;
            if (signed && bits.testBit(width - 1)) return null;
        }
        return normalize(type, bits);
    }

    /**
     * Reads {@code bits} (an unsigned pattern of the type's width) as IntegerAttr's value for the type: unsigned
     * types and the boolean i1 as is, the others as two's complement.
     */
    static BigInteger normalize(Type type, BigInteger bits) {
        int width = intWidth(type);
        if (type instanceof IntegerType it && (it.isUnsigned() || (width == 1 && it.isSignless()))) return bits;
        return width > 0 && bits.testBit(width - 1) ? bits.subtract(BigInteger.ONE.shiftLeft(width)) : bits;
    }

    /**
     * A float of {@code ft} from the integer literal at {@code at}: hex literals are the bit pattern, decimal ones
     * are rejected with MLIR's hint. Used by attributes, dense elements and arrays.
     */
    double floatFromIntegerLiteral(int at, String spelling, boolean negative, FloatType ft) {
        boolean hex = spelling.length() > 1 && spelling.charAt(1) == 'x';
        if (!hex) {
            throw p.errorWithNote(at, "unexpected decimal integer literal for a floating point value",
                "add a trailing dot to make the literal a float");
        }
        if (negative) throw p.errorAt(at, "hexadecimal float literal should not have a leading minus");
        BigInteger bits = TypeAttrParser.integerValue(spelling);
        if (bits.bitLength() > ft.kind().width()) throw p.errorAt(at, "hexadecimal float constant out of range for type");
        return FloatFormats.fromBits(bits, ft.kind());
    }

    /**
     * MLIR's parseFloatFromLiteral on the current token (not consumed): {@code inf}, {@code nan}, a float literal
     * (read as a double, then rounded to the type) or a hex bit pattern.
     */
    double parseFloatFromLiteral(FloatType ft, boolean negative, boolean allowInfNan) {
        if (allowInfNan && lex.isKeyword("inf")) {
            return FloatFormats.round(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY, ft.kind());
        }
        if (allowInfNan && lex.isKeyword("nan")) return FloatFormats.canonicalNaN(ft.kind(), negative);
        if (lex.is(TokenKind.FLOAT)) {
            double v = Double.parseDouble(lex.spelling());
            return FloatFormats.round(negative ? -v : v, ft.kind());
        }
        if (lex.is(TokenKind.INTEGER)) return floatFromIntegerLiteral(lex.start(), lex.spelling(), negative, ft);
        throw p.error("expected floating point literal");
    }

    // ---- array<T: ...>

    private Attribute parseDenseArrayAttr() {
        lex.next();
        p.parseToken(TokenKind.LESS, "expected '<' after 'array'");
        int typeAt = lex.start();
        Type elt = p.parseType();
        boolean isInt = elt instanceof IntegerType;
        if (!isInt && !(elt instanceof FloatType)) {
            throw p.errorAt(typeAt, "expected integer or float type, got: '" + AttrTypePrinter.typeToString(elt) + "'");
        }
        int width = isInt ? ((IntegerType) elt).width() : ((FloatType) elt).width();
        if (width != 1 && width % 8 != 0) throw p.errorAt(typeAt, "element type bitwidth must be a multiple of 8");
        if (width > 64) throw p.errorAt(typeAt, "dense arrays of elements wider than 64 bits are not supported");
        if (p.consumeIf(TokenKind.GREATER)) {
            return intern(isInt ? DenseArrayAttr.ofLongs(elt) : DenseArrayAttr.ofDoubles(elt));
        }
        p.parseToken(TokenKind.COLON, "expected ':' after dense array type");
        List<Long> ints = new ArrayList<>();
        List<Double> floats = new ArrayList<>();
        do {
            if (isInt) ints.add(parseDenseArrayInt((IntegerType) elt));
            else floats.add(parseDenseArrayFloat((FloatType) elt));
        } while (p.consumeIf(TokenKind.COMMA));
        p.parseToken(TokenKind.GREATER, "expected '>' to close an array attribute");
        if (isInt) return intern(DenseArrayAttr.ofLongs(elt, ints.stream().mapToLong(Long::longValue).toArray()));
        return intern(DenseArrayAttr.ofDoubles(elt, floats.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    private long parseDenseArrayInt(IntegerType t) {
        boolean negative = p.consumeIf(TokenKind.MINUS);
        if (lex.isKeyword("true") || lex.isKeyword("false")) {
            if (t.width() != 1) throw p.error("expected i1 type for 'true' or 'false' values");
            boolean b = lex.isKeyword("true");
            lex.next();
            return b ? 1 : 0;
        }
        if (!lex.is(TokenKind.INTEGER)) throw p.error("expected integer literal");
        String spelling = lex.spelling();
        lex.next();
        if (t.width() == 1) throw p.error("expected 'true' or 'false' values for i1 type");
        BigInteger v = buildIntegerValue(t, negative, spelling);
        if (v == null) throw p.error("integer constant out of range");
        return v.longValue();
    }

    private double parseDenseArrayFloat(FloatType t) {
        boolean negative = p.consumeIf(TokenKind.MINUS);
        if (!lex.is(TokenKind.INTEGER) && !lex.is(TokenKind.FLOAT)) throw p.error("expected floating point literal");
        double v = parseFloatFromLiteral(t, negative, false);
        lex.next();
        return v;
    }

    // ---- strided<[...], offset: ...>

    private Attribute parseStridedLayoutAttr() {
        lex.next();
        p.parseToken(TokenKind.LESS, "expected '<' after 'strided'");
        p.parseToken(TokenKind.LSQUARE, "expected '['");
        List<Long> strides = new ArrayList<>();
        if (!lex.is(TokenKind.RSQUARE)) {
            do strides.add(parseStrideOrOffset()); while (p.consumeIf(TokenKind.COMMA));
        }
        p.parseToken(TokenKind.RSQUARE, "expected ']'");
        long offset = 0;
        if (!p.consumeIf(TokenKind.GREATER)) {
            p.parseToken(TokenKind.COMMA, "expected ','");
            if (!p.consumeKeyword("offset")) throw p.errorWrongToken("expected 'offset' after comma");
            p.parseToken(TokenKind.COLON, "expected ':' after 'offset'");
            offset = parseStrideOrOffset();
            p.parseToken(TokenKind.GREATER, "expected '>'");
        }
        return intern(new StridedLayoutAttr(offset, strides));
    }

    private long parseStrideOrOffset() {
        if (p.consumeIf(TokenKind.QUESTION)) return ShapedType.DYNAMIC;
        int at = lex.start();
        boolean negative = p.consumeIf(TokenKind.MINUS);
        if (lex.is(TokenKind.INTEGER)) {
            BigInteger v = TypeAttrParser.integerValue(lex.spelling());
            if (v.bitLength() <= 63) {
                lex.next();
                return negative ? -v.longValue() : v.longValue();
            }
        }
        throw p.errorAt(at, "expected a 64-bit signed integer or '?'");
    }
}
