package org.jmlir.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DenseValues;
import org.jmlir.ir.type.ComplexType;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;

/**
 * {@code dense<...> : type} (MLIR's TensorLiteralParser): a splat element, nested lists whose shape must match the
 * type, complex pairs {@code (re, im)}, string elements, or a hex string of raw little-endian data. Elements are
 * kept as tokens until the type is known, as MLIR does, so that messages name the offending literal.
 */
final class DenseElementsParser {
    private final TypeAttrParser p;
    private final Lexer lex;

    /** A parsed element literal: its token kind, spelling, position and a leading minus. */
    private record Elt(TokenKind kind, String spelling, int at, boolean negative) {
    }

    private final List<Elt> storage = new ArrayList<>();
    private List<Long> shape = List.of();
    private Elt hex;

    DenseElementsParser(TypeAttrParser p) {
        this.p = p;
        this.lex = p.lexer();
    }

    Attribute parseDenseElementsAttr(Type attrType) {
        int attribAt = lex.start();
        lex.next();
        p.parseToken(TokenKind.LESS, "expected '<' after 'dense'");
        if (!p.consumeIf(TokenKind.GREATER)) {
            parseLiteral();
            p.parseToken(TokenKind.GREATER, "expected '>'");
        }
        ShapedType type = parseElementsLiteralType(attribAt, attrType);
        return p.context().intern(build(attribAt, type));
    }

    private ShapedType parseElementsLiteralType(int at, Type type) {
        if (type == null) {
            p.parseToken(TokenKind.COLON, "expected ':'");
            type = p.parseType();
        }
        if (!(type instanceof ShapedType st)) throw p.errorAt(at, "elements literal must be a shaped type");
        if (!st.hasStaticShape()) throw p.errorAt(at, "elements literal type must have static shape");
        return st;
    }

    private void parseLiteral() {
        if (lex.is(TokenKind.STRING)) {
            hex = new Elt(TokenKind.STRING, lex.spelling(), lex.start(), false);
            lex.next();
            return;
        }
        if (lex.is(TokenKind.LSQUARE)) shape = parseList();
        else parseElement();
    }

    private void parseElement() {
        switch (lex.kind()) {
            case FLOAT, INTEGER, STRING -> add(false);
            case BARE_IDENTIFIER -> {
                if (!lex.isKeyword("true") && !lex.isKeyword("false")) {
                    throw p.error("expected element literal of primitive type");
                }
                add(false);
            }
            case MINUS -> {
                lex.next();
                if (!lex.is(TokenKind.FLOAT) && !lex.is(TokenKind.INTEGER)) {
                    throw p.error("expected integer or floating point literal");
                }
                add(true);
            }
            case LPAREN -> {
                lex.next();
                parseElement();
                p.parseToken(TokenKind.COMMA, "expected ',' between complex elements");
                parseElement();
                p.parseToken(TokenKind.RPAREN, "expected ')' after complex elements");
            }
            default -> throw p.error("expected element literal of primitive type");
        }
    }

    private void add(boolean negative) {
        storage.add(new Elt(lex.kind(), lex.spelling(), lex.start(), negative));
        lex.next();
    }

    /** {@code [e, e, ...]} of elements or of lists with one shape; returns that shape with the count prepended. */
    private List<Long> parseList() {
        p.enter();
        try {
            p.parseToken(TokenKind.LSQUARE, "expected '['");
            List<Long> inner = null;
            long size = 0;
            if (!p.consumeIf(TokenKind.RSQUARE)) {
                do {
                    List<Long> these = List.of();
                    if (lex.is(TokenKind.LSQUARE)) these = parseList();
                    else parseElement();
                    size++;
                    if (inner == null) {
                        inner = these;
                    } else if (!inner.equals(these)) {
                        throw p.error("tensor literal is invalid; ranks are not consistent between elements");
                    }
                } while (p.consumeIf(TokenKind.COMMA));
                p.parseToken(TokenKind.RSQUARE, "expected ']'");
            }
            List<Long> dims = new ArrayList<>();
            dims.add(size);
            if (inner != null) dims.addAll(inner);
            return dims;
        } finally {
            p.exit();
        }
    }

    // ---- building

    private DenseElementsAttr build(int at, ShapedType type) {
        Type elt = type.elementType();
        if (hex != null && DenseData.isNumeric(elt)) return buildHex(at, type);
        if (!shape.isEmpty() && !shape.equals(type.shape())) {
            throw p.errorAt(at, "inferred shape of elements literal (" + dims(shape) + ") does not match type ("
                + dims(type.shape()) + ")");
        }
        if (hex == null && storage.isEmpty() && type.numElements() != 0) {
            throw p.errorAt(at, "parsed zero elements, but type ('" + AttrTypePrinter.typeToString(type)
                + "') expected at least 1");
        }
        if (!DenseData.isNumeric(elt)) return buildStrings(at, type);
        int per = elt instanceof ComplexType ? 2 : 1;
        if (storage.size() > 0 || type.numElements() != 0) {
            boolean splat = shape.isEmpty();
            long expected = splat ? per : type.numElements() * per;
            if (storage.size() != expected) {
                String what = AttrTypePrinter.typeToString(splat ? elt : type);
                throw p.errorAt(at, "parsed " + storage.size() + " elements, but type ('" + what + "') expected "
                    + expected + " elements");
            }
        }
        Type scalar = DenseData.scalarType(elt);
        DenseValues values = scalar instanceof FloatType ft ? floats(ft) : ints(scalar);
        if (values.length() == 0) values = emptyOf(scalar);
        return new DenseElementsAttr(type, values);
    }

    private static DenseValues emptyOf(Type scalar) {
        if (scalar instanceof FloatType) return new DenseValues.Floats(new double[0]);
        if (DenseData.isWide(scalar)) return new DenseValues.WideInts(new BigInteger[0]);
        return new DenseValues.Ints(new long[0]);
    }

    private static String dims(List<Long> shape) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < shape.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(shape.get(i));
        }
        return sb.append(']').toString();
    }

    private DenseValues ints(Type scalar) {
        boolean unsigned = scalar instanceof IntegerType it && it.isUnsigned();
        boolean bool = scalar instanceof IntegerType it && it.width() == 1;
        BigInteger[] v = new BigInteger[storage.size()];
        for (int i = 0; i < v.length; i++) {
            Elt e = storage.get(i);
            if (e.negative && unsigned) {
                throw p.errorAt(e.at, "expected unsigned integer elements, but parsed negative value");
            }
            if (e.kind == TokenKind.FLOAT) throw p.errorAt(e.at, "expected integer elements, but parsed floating-point");
            if (e.kind == TokenKind.BARE_IDENTIFIER) {
                if (!bool) throw p.errorAt(e.at, "expected i1 type for 'true' or 'false' values");
                v[i] = e.spelling.equals("true") ? BigInteger.ONE : BigInteger.ZERO;
                continue;
            }
            BigInteger x = e.kind == TokenKind.INTEGER
                ? AttributeParser.buildIntegerValue(scalar, e.negative, e.spelling) : null;
            if (x == null) throw p.errorAt(e.at, "integer constant out of range for type");
            v[i] = x;
        }
        if (DenseData.isWide(scalar)) return new DenseValues.WideInts(v);
        long[] l = new long[v.length];
        for (int i = 0; i < l.length; i++) l[i] = v[i].longValue();
        return new DenseValues.Ints(l);
    }

    private DenseValues floats(FloatType ft) {
        double[] v = new double[storage.size()];
        for (int i = 0; i < v.length; i++) {
            Elt e = storage.get(i);
            if (e.kind == TokenKind.INTEGER) {
                v[i] = p.attrs.floatFromIntegerLiteral(e.at, e.spelling, e.negative, ft);
            } else if (e.kind == TokenKind.FLOAT) {
                double d = Double.parseDouble(e.spelling);
                v[i] = FloatFormats.round(e.negative ? -d : d, ft.kind());
            } else {
                throw p.errorAt(e.at, "expected floating point literal");
            }
        }
        return new DenseValues.Floats(v);
    }

    private DenseElementsAttr buildStrings(int at, ShapedType type) {
        List<String> values = new ArrayList<>();
        if (hex != null) {
            values.add(Lexer.decodeString(hex.spelling, 1, hex.spelling.length() - 1));
        } else {
            for (Elt e : storage) {
                if (e.kind != TokenKind.STRING) throw p.errorAt(at, "expected string token, got " + e.spelling);
                values.add(Lexer.decodeString(e.spelling, 1, e.spelling.length() - 1));
            }
        }
        if (values.size() != 1 && values.size() != type.numElements()) {
            throw p.errorAt(hex != null ? hex.at : lex.start(), "parsed " + values.size()
                + " elements, but type ('" + AttrTypePrinter.typeToString(type) + "') expected "
                + type.numElements() + " elements");
        }
        return new DenseElementsAttr(type, new DenseValues.Strings(values));
    }

    private DenseElementsAttr buildHex(int at, ShapedType type) {
        String s = Lexer.decodeString(hex.spelling, 1, hex.spelling.length() - 1);
        byte[] raw = hexValue(s);
        if (raw == null) throw p.errorAt(hex.at, "expected string containing hex digits starting with `0x`");
        int kind = DenseData.classifyRawBuffer(type, raw);
        if (kind == 0) {
            throw p.errorAt(at, "elements hex data size is invalid for provided type: '"
                + AttrTypePrinter.typeToString(type) + "'");
        }
        return new DenseElementsAttr(type, DenseData.decode(type, raw, kind == 1));
    }

    /** MLIR's getHexStringValue: {@code 0x} then an even number of hex digits. */
    private static byte[] hexValue(String s) {
        if (!s.startsWith("0x") || (s.length() - 2) % 2 != 0) return null;
        for (int i = 2; i < s.length(); i++) if (!Lexer.isHex(s.charAt(i))) return null;
        return HexFormat.of().parseHex(s, 2, s.length());
    }

    static boolean isIndexOrInt(Type t) { return t instanceof IntegerType || t instanceof IndexType; }
}
