package org.jmlir.text;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.affine.AffineExpr;
import org.jmlir.ir.affine.AffineMap;
import org.jmlir.ir.attr.AffineMapAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DialectAttribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.StridedLayoutAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.type.ComplexType;
import org.jmlir.ir.type.DialectType;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.NoneType;
import org.jmlir.ir.type.OpaqueType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.TupleType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.UnrankedMemRefType;
import org.jmlir.ir.type.UnrankedTensorType;
import org.jmlir.ir.type.VectorType;

/** The builtin type grammar (MLIR's TypeParser.cpp), with mlir-opt's messages and error positions. */
final class TypeParser {
    private final TypeAttrParser p;
    private final Lexer lex;

    TypeParser(TypeAttrParser p) {
        this.p = p;
        this.lex = p.lexer();
    }

    /** True if the current token can start a type. */
    boolean startsType() {
        return switch (lex.kind()) {
            case LPAREN, EXCLAMATION_IDENTIFIER -> true;
            case BARE_IDENTIFIER -> isTypeKeyword(lex.spelling());
            default -> false;
        };
    }

    static boolean isTypeKeyword(String s) {
        return switch (s) {
            case "memref", "tensor", "complex", "tuple", "vector", "index", "none" -> true;
            default -> FloatKind.fromKeyword(s) != null || isIntType(s);
        };
    }

    /** {@code [su]?i[0-9]+}: the spelling of an integer type (the width may still be invalid). */
    static boolean isIntType(String s) {
        int i = s.startsWith("si") || s.startsWith("ui") ? 2 : s.startsWith("i") ? 1 : -1;
        if (i < 0 || i == s.length()) return false;
        for (int k = i; k < s.length(); k++) if (!Lexer.isDigit(s.charAt(k))) return false;
        return true;
    }

    Type parseType() {
        p.enter();
        try {
            if (lex.is(TokenKind.LPAREN)) return parseFunctionType();
            return parseNonFunctionType();
        } finally {
            p.exit();
        }
    }

    private <T> T intern(T t) { return p.context().intern(t); }

    Type parseNonFunctionType() {
        if (lex.is(TokenKind.EXCLAMATION_IDENTIFIER)) return DialectSymbols.parseExtendedType(p);
        if (!lex.is(TokenKind.BARE_IDENTIFIER)) throw p.errorWrongToken("expected non-function type");
        String s = lex.spelling();
        switch (s) {
            case "memref" -> { return parseMemRefType(); }
            case "tensor" -> { return parseTensorType(); }
            case "complex" -> { return parseComplexType(); }
            case "tuple" -> { return parseTupleType(); }
            case "vector" -> { return parseVectorType(); }
            case "index" -> {
                lex.next();
                return intern(IndexType.INDEX);
            }
            case "none" -> {
                lex.next();
                return intern(NoneType.NONE);
            }
            default -> { }
        }
        FloatKind fk = FloatKind.fromKeyword(s);
        if (fk != null) {
            lex.next();
            return intern(new FloatType(fk));
        }
        if (isIntType(s)) return parseIntegerType(s);
        throw p.errorWrongToken("expected non-function type");
    }

    private Type parseIntegerType(String s) {
        IntegerType.Signedness sign = s.startsWith("si") ? IntegerType.Signedness.SIGNED
            : s.startsWith("ui") ? IntegerType.Signedness.UNSIGNED : IntegerType.Signedness.SIGNLESS;
        String digits = s.substring(sign == IntegerType.Signedness.SIGNLESS ? 1 : 2);
        long width;
        try {
            width = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            width = Long.MAX_VALUE;
        }
        if (width > 0xFFFFFFFFL) throw p.error("invalid integer width");
        if (width > IntegerType.MAX_WIDTH - 1) {
            throw p.error("integer bitwidth is limited to " + (IntegerType.MAX_WIDTH - 1) + " bits");
        }
        lex.next();
        return intern(new IntegerType((int) width, sign));
    }

    /** {@code (T1, T2) -> R}. */
    Type parseFunctionType() {
        List<Type> inputs = parseTypeListParens();
        p.parseToken(TokenKind.ARROW, "expected '->' in function type");
        List<Type> results = parseFunctionResultTypes();
        return intern(new FunctionType(inputs, results));
    }

    /** {@code (T1, T2)} or a single non-function type. */
    List<Type> parseFunctionResultTypes() {
        if (lex.is(TokenKind.LPAREN)) return parseTypeListParens();
        p.enter();
        try {
            return List.of(parseNonFunctionType());
        } finally {
            p.exit();
        }
    }

    List<Type> parseTypeListParens() {
        p.parseToken(TokenKind.LPAREN, "expected '('");
        List<Type> out = new ArrayList<>();
        if (p.consumeIf(TokenKind.RPAREN)) return out;
        do out.add(parseType()); while (p.consumeIf(TokenKind.COMMA));
        p.parseToken(TokenKind.RPAREN, "expected ')'");
        return out;
    }

    private Type parseComplexType() {
        lex.next();
        p.parseToken(TokenKind.LESS, "expected '<' in complex type");
        int at = lex.start();
        Type elt = parseType();
        p.parseToken(TokenKind.GREATER, "expected '>' in complex type");
        if (!(elt instanceof FloatType) && !(elt instanceof IntegerType)) {
            throw p.errorAt(at, "invalid element type for complex");
        }
        return intern(new ComplexType(elt));
    }

    private Type parseTupleType() {
        lex.next();
        p.parseToken(TokenKind.LESS, "expected '<' in tuple type");
        List<Type> types = new ArrayList<>();
        if (!p.consumeIf(TokenKind.GREATER)) {
            do types.add(parseType()); while (p.consumeIf(TokenKind.COMMA));
            p.parseToken(TokenKind.GREATER, "expected '>' in tuple type");
        }
        return intern(new TupleType(types));
    }

    private Type parseVectorType() {
        int at = lex.start();
        lex.next();
        p.parseToken(TokenKind.LESS, "expected '<' in vector type");
        List<Long> dims = new ArrayList<>();
        List<Boolean> scalable = new ArrayList<>();
        while (lex.is(TokenKind.INTEGER) || lex.is(TokenKind.LSQUARE)) {
            boolean sc = p.consumeIf(TokenKind.LSQUARE);
            if (sc && !lex.is(TokenKind.INTEGER)) throw p.error("invalid dimension");
            dims.add(parseIntegerInDimensionList());
            scalable.add(sc);
            if (sc && !p.consumeIf(TokenKind.RSQUARE)) {
                throw p.errorWrongToken("missing ']' closing scalable dimension");
            }
            parseXInDimensionList();
        }
        Type elt = parseType();
        p.parseToken(TokenKind.GREATER, "expected '>' in vector type");
        for (long d : dims) {
            if (d <= 0) throw p.errorAt(at, "vector types must have positive constant sizes but got " + d);
        }
        if (!isValidVectorElement(elt)) {
            throw p.errorAt(at, "failed to verify 'elementType': VectorElementTypeInterface instance");
        }
        return intern(new VectorType(dims, scalable, elt));
    }

    static boolean isValidVectorElement(Type t) {
        return t instanceof IntegerType || t instanceof IndexType || t instanceof FloatType || t instanceof DialectType;
    }

    /** MLIR's TensorType::isValidElementType: scalars, complex, vector, opaque and dialect types. */
    static boolean isValidTensorElement(Type t) {
        return t instanceof IntegerType || t instanceof IndexType || t instanceof FloatType
            || t instanceof ComplexType || t instanceof VectorType || t instanceof OpaqueType || t instanceof DialectType;
    }

    /** MLIR's BaseMemRefType::isValidElementType (dialect types are trusted to implement the memref interface). */
    static boolean isValidMemRefElement(Type t) {
        return t instanceof IntegerType || t instanceof IndexType || t instanceof FloatType
            || t instanceof ComplexType || t instanceof VectorType || t instanceof MemRefType
            || t instanceof UnrankedMemRefType || t instanceof DialectType;
    }

    private Type parseTensorType() {
        lex.next();
        p.parseToken(TokenKind.LESS, "expected '<' in tensor type");
        boolean unranked = p.consumeIf(TokenKind.STAR);
        List<Long> dims = List.of();
        if (unranked) parseXInDimensionList();
        else dims = parseDimensionListRanked(true, true);
        int eltAt = lex.start();
        Type elt = parseType();
        Attribute encoding = null;
        if (p.consumeIf(TokenKind.COMMA)) encoding = p.parseAttribute();
        p.parseToken(TokenKind.GREATER, "expected '>' in tensor type");
        if (!isValidTensorElement(elt)) throw p.errorAt(eltAt, "invalid tensor element type");
        if (unranked) {
            if (encoding != null) throw p.error("cannot apply encoding to unranked tensor");
            return intern(new UnrankedTensorType(elt));
        }
        return intern(new RankedTensorType(dims, elt, encoding));
    }

    private Type parseMemRefType() {
        int at = lex.start();
        lex.next();
        p.parseToken(TokenKind.LESS, "expected '<' in memref type");
        boolean unranked = p.consumeIf(TokenKind.STAR);
        List<Long> dims = List.of();
        if (unranked) parseXInDimensionList();
        else dims = parseDimensionListRanked(true, true);
        int eltAt = lex.start();
        Type elt = parseType();
        if (!isValidMemRefElement(elt)) throw p.errorAt(eltAt, "invalid memref element type");
        Attribute layout = null, memorySpace = null;
        if (!p.consumeIf(TokenKind.GREATER)) {
            p.parseToken(TokenKind.COMMA, "expected ',' or '>' in memref type");
            do {
                Attribute a = p.parseAttribute();
                if (isLayout(a)) {
                    layout = a;
                    if (unranked) throw p.error("cannot have affine map for unranked memref type");
                    if (memorySpace != null) throw p.error("expected memory space to be last in memref type");
                } else if (memorySpace != null) {
                    throw p.error("multiple memory spaces specified in memref type");
                } else {
                    memorySpace = a;
                }
            } while (p.consumeIf(TokenKind.COMMA));
            p.parseToken(TokenKind.GREATER, "expected ',' or '>' in memref type");
        }
        memorySpace = skipDefaultMemorySpace(memorySpace);
        if (memorySpace != null && !isSupportedMemorySpace(memorySpace)) {
            throw p.errorAt(at, "unsupported memory space Attribute");
        }
        if (unranked) return intern(new UnrankedMemRefType(elt, memorySpace));
        layout = checkLayout(at, dims, layout);
        return intern(new MemRefType(dims, elt, layout, memorySpace));
    }

    private static boolean isLayout(Attribute a) {
        return a instanceof AffineMapAttr || a instanceof StridedLayoutAttr;
    }

    /** An integer memory space of 0 is the default and is dropped, as MemRefType::get does. */
    static Attribute skipDefaultMemorySpace(Attribute ms) {
        return ms instanceof IntegerAttr i && i.value().signum() == 0 ? null : ms;
    }

    static boolean isSupportedMemorySpace(Attribute ms) {
        return ms instanceof IntegerAttr || ms instanceof StringAttr || ms instanceof DictionaryAttr
            || ms instanceof DialectAttribute;
    }

    /** Verifies the layout against the rank and drops identity maps (MemRefType::get does the same). */
    private Attribute checkLayout(int at, List<Long> dims, Attribute layout) {
        if (layout instanceof AffineMapAttr m) {
            if (m.value().numDims() != dims.size()) {
                throw p.errorAt(at, "memref layout mismatch between rank and affine map: " + dims.size() + " != "
                    + m.value().numDims());
            }
            if (isIdentityLayout(m.value())) return null;
        } else if (layout instanceof StridedLayoutAttr s && s.strides().size() != dims.size()) {
            throw p.errorAt(at, "expected the number of strides to match the rank");
        }
        return layout;
    }

    /**
     * MLIR's AffineMap::isIdentity, which ignores symbols: {@code ()[s0] -> ()} is an identity layout. (Core's
     * {@code AffineMap.isIdentity} also requires no symbols.)
     */
    static boolean isIdentityLayout(AffineMap m) {
        if (m.numDims() != m.results().size()) return false;
        for (int i = 0; i < m.numDims(); i++) if (!m.results().get(i).equals(new AffineExpr.Dim(i))) return false;
        return true;
    }

    // ---- dimension lists

    /**
     * {@code 2x?x4x} (with trailing x) or {@code 2x?x4} (without); {@code ?} is {@link ShapedType#DYNAMIC}.
     */
    List<Long> parseDimensionListRanked(boolean allowDynamic, boolean withTrailingX) {
        List<Long> dims = new ArrayList<>();
        if (withTrailingX) {
            while (lex.is(TokenKind.INTEGER) || lex.is(TokenKind.QUESTION)) {
                dims.add(parseDim(allowDynamic));
                parseXInDimensionList();
            }
            return dims;
        }
        if (lex.is(TokenKind.INTEGER) || lex.is(TokenKind.QUESTION)) {
            dims.add(parseDim(allowDynamic));
            while (lex.is(TokenKind.BARE_IDENTIFIER) && lex.spelling().charAt(0) == 'x') {
                parseXInDimensionList();
                dims.add(parseDim(allowDynamic));
            }
        }
        return dims;
    }

    private long parseDim(boolean allowDynamic) {
        if (lex.is(TokenKind.QUESTION)) {
            if (!allowDynamic) throw p.error("expected static shape");
            lex.next();
            return ShapedType.DYNAMIC;
        }
        if (!lex.is(TokenKind.INTEGER)) throw p.error("invalid dimension");
        return parseIntegerInDimensionList();
    }

    /**
     * An integer in a dimension list. {@code 0xf32} lexes as a hex literal; here it means {@code 0}, {@code x},
     * {@code f32}, so the lexer restarts right after the {@code 0}.
     */
    private long parseIntegerInDimensionList() {
        String sp = lex.spelling();
        if (sp.length() > 1 && sp.charAt(1) == 'x') {
            lex.resetTo(lex.start() + 1);
            return 0;
        }
        long v;
        try {
            v = Long.parseLong(sp);
        } catch (NumberFormatException e) {
            throw p.error("invalid dimension");
        }
        lex.next();
        return v;
    }

    /** Consumes an {@code x}, also the one glued to the element type as in {@code xf32}. */
    private void parseXInDimensionList() {
        if (!lex.is(TokenKind.BARE_IDENTIFIER) || lex.spelling().charAt(0) != 'x') {
            throw p.errorWrongToken("expected 'x' in dimension list");
        }
        if (lex.end() - lex.start() != 1) lex.resetTo(lex.start() + 1);
        else lex.next();
    }
}
