package org.jmlir.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jmlir.ir.affine.AffineExpr;
import org.jmlir.ir.affine.AffineMap;
import org.jmlir.ir.affine.IntegerSet;
import org.jmlir.ir.attr.AffineMapAttr;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.CallSiteLoc;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DenseValues;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.FileLineColLoc;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.FusedLoc;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.IntegerSetAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NameLoc;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.OpaqueAttr;
import org.jmlir.ir.attr.StridedLayoutAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.attr.TypeAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.attr.UnknownLoc;
import org.jmlir.ir.type.ComplexType;
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

/**
 * A seeded generator of builtin types and attributes in their canonical form (values already rounded or
 * normalized as the parser would leave them), so that printing then parsing gives back an equal value. Everything
 * it builds is also valid input for mlir-opt with unregistered dialects allowed.
 */
final class RandomIr {
    private final Random r;

    RandomIr(long seed) { this.r = new Random(seed); }

    private boolean chance(double p) { return r.nextDouble() < p; }

    private <T> T pick(List<T> xs) { return xs.get(r.nextInt(xs.size())); }

    // ---- scalars

    IntegerType intType() {
        int w = pick(List.of(1, 8, 16, 32, 64, 128, 0, 3, 24, 65));
        if (chance(0.3)) return new IntegerType(w, pick(List.of(IntegerType.Signedness.SIGNED,
            IntegerType.Signedness.UNSIGNED)));
        return IntegerType.signless(w);
    }

    FloatType floatType() { return new FloatType(pick(List.of(FloatKind.values()))); }

    Type scalar() {
        return switch (r.nextInt(4)) {
            case 0 -> intType();
            case 1 -> IndexType.INDEX;
            default -> floatType();
        };
    }

    // ---- types

    Type type(int depth) {
        int k = r.nextInt(depth <= 0 ? 4 : 14);
        return switch (k) {
            case 0, 1 -> scalar();
            case 2 -> NoneType.NONE;
            case 3 -> new OpaqueType("foo", pick(List.of("bar", "baz<1, \"x\">", "q.r<[a]>", "\"raw data\"")));
            case 4 -> new ComplexType(chance(0.5) ? intType() : floatType());
            case 5 -> {
                List<Type> ts = new ArrayList<>();
                int n = chance(0.05) ? 17 + r.nextInt(3) : r.nextInt(4);
                for (int i = 0; i < n; i++) ts.add(type(depth - 1));
                yield new TupleType(ts);
            }
            case 6 -> {
                List<Type> in = new ArrayList<>(), out = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) in.add(type(depth - 1));
                for (int i = r.nextInt(3); i > 0; i--) out.add(type(depth - 1));
                yield new FunctionType(in, out);
            }
            case 7 -> {
                List<Long> dims = new ArrayList<>();
                List<Boolean> scalable = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) {
                    dims.add(1L + r.nextInt(16));
                    scalable.add(chance(0.2));
                }
                yield new VectorType(dims, scalable, scalar());
            }
            case 8, 9 -> new RankedTensorType(shape(true), tensorElement(depth), chance(0.2) ? encoding() : null);
            case 10 -> new UnrankedTensorType(tensorElement(depth));
            case 11, 12 -> memref(depth);
            default -> new UnrankedMemRefType(scalar(), chance(0.3) ? memorySpace() : null);
        };
    }

    private List<Long> shape(boolean allowDynamic) {
        List<Long> dims = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            dims.add(allowDynamic && chance(0.2) ? ShapedType.DYNAMIC : (long) r.nextInt(6));
        }
        return dims;
    }

    private Type tensorElement(int depth) {
        return switch (r.nextInt(4)) {
            case 0 -> new ComplexType(floatType());
            case 1 -> new VectorType(List.of(2L, 4L), intType());
            default -> scalar();
        };
    }

    private Attribute encoding() {
        return pick(List.of(new StringAttr("enc"), IntegerAttr.i64(1), new OpaqueAttr("foo", "enc<1>",
            NoneType.NONE)));
    }

    private Attribute memorySpace() {
        return switch (r.nextInt(3)) {
            case 0 -> IntegerAttr.of(chance(0.5) ? IntegerType.I64 : IntegerType.I32, 1 + r.nextInt(5));
            case 1 -> new StringAttr("gpu");
            default -> DictionaryAttr.of(List.of(new NamedAttribute("space", IntegerAttr.i64(3))));
        };
    }

    private Type memref(int depth) {
        List<Long> shape = shape(true);
        Attribute layout = null;
        if (chance(0.4)) {
            if (chance(0.5)) {
                List<Long> strides = new ArrayList<>();
                for (int i = 0; i < shape.size(); i++) strides.add(chance(0.3) ? ShapedType.DYNAMIC : r.nextInt(9) - 2L);
                layout = new StridedLayoutAttr(chance(0.5) ? 0 : chance(0.3) ? ShapedType.DYNAMIC : r.nextInt(50), strides);
            } else {
                AffineMap m = affineMap(shape.size(), r.nextInt(2));
                if (!TypeParser.isIdentityLayout(m)) layout = new AffineMapAttr(m);
            }
        }
        Type elt = chance(0.1) ? new VectorType(List.of(4L), FloatType.F32) : scalar();
        return new MemRefType(shape, elt, layout, chance(0.3) ? memorySpace() : null);
    }

    // ---- affine

    AffineExpr affineExpr(int dims, int syms, int depth) {
        if (depth <= 0 || chance(0.3)) {
            int k = r.nextInt(3);
            if (k == 0 && dims > 0) return new AffineExpr.Dim(r.nextInt(dims));
            if (k == 1 && syms > 0) return new AffineExpr.Symbol(r.nextInt(syms));
            return AffineSimplifier.cst(r.nextInt(21) - 10);
        }
        AffineExpr a = affineExpr(dims, syms, depth - 1);
        return switch (r.nextInt(6)) {
            case 0 -> AffineSimplifier.add(a, affineExpr(dims, syms, depth - 1));
            case 1 -> AffineSimplifier.sub(a, affineExpr(dims, syms, depth - 1));
            case 2 -> AffineSimplifier.mul(a, symbolicOrConstant(syms, depth - 1));
            case 3 -> AffineSimplifier.floorDiv(a, symbolicOrConstant(syms, depth - 1));
            case 4 -> AffineSimplifier.ceilDiv(a, symbolicOrConstant(syms, depth - 1));
            default -> AffineSimplifier.mod(a, symbolicOrConstant(syms, depth - 1));
        };
    }

    private AffineExpr symbolicOrConstant(int syms, int depth) {
        return affineExpr(0, syms, depth);
    }

    AffineMap affineMap(int dims, int syms) {
        List<AffineExpr> results = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) results.add(affineExpr(dims, syms, 3));
        return new AffineMap(dims, syms, results);
    }

    IntegerSet integerSet() {
        int dims = r.nextInt(3), syms = r.nextInt(2);
        List<AffineExpr> cs = new ArrayList<>();
        List<Boolean> eqs = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            cs.add(affineExpr(dims, syms, 3));
            eqs.add(chance(0.3));
        }
        return new IntegerSet(dims, syms, cs, eqs);
    }

    // ---- attributes

    /** A value of the integer type as IntegerAttr holds it (signless read as signed, i1 as 0/1). */
    BigInteger intValue(Type t) {
        int w = t instanceof IntegerType it ? it.width() : 64;
        BigInteger bits = new BigInteger(Math.max(w, 1), r).and(BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE));
        if (chance(0.3)) bits = BigInteger.valueOf(r.nextInt(3)).and(BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE));
        return AttributeParser.normalize(t, bits);
    }

    double floatValue(FloatKind k) {
        double v = switch (r.nextInt(8)) {
            case 0 -> 0.0;
            case 1 -> -0.0;
            case 2 -> Double.NaN;
            case 3 -> chance(0.5) ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 4 -> Double.longBitsToDouble(r.nextLong());
            case 5 -> r.nextInt(2000) - 1000 + (chance(0.5) ? 0.5 : 0.0);
            default -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(20) - 10);
        };
        boolean finiteOnly = FloatFormats.of(k).nonFinite() == FloatFormats.NonFinite.FINITE_ONLY;
        if (Double.isNaN(v)) {
            if (finiteOnly) v = 0.5; // these formats have no NaN
            else return FloatFormats.canonicalNaN(k, false);
        }
        double rounded = FloatFormats.round(v, k);
        return Double.isNaN(rounded) ? FloatFormats.canonicalNaN(k, false) : rounded;
    }

    private static final String NAME_CHARS = "abcXYZ_09$.- \"\\\n\u00e9\u20ac";

    String string() {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(8); i > 0; i--) {
            // a raw byte that is not UTF-8: a lone continuation byte (a lead byte could pair up with what follows)
            if (chance(0.05)) sb.append((char) (0xDC80 + r.nextInt(64)));
            else sb.append(NAME_CHARS.charAt(r.nextInt(NAME_CHARS.length())));
        }
        return sb.toString();
    }

    /**
     * A dictionary key or symbol name. No raw non-UTF-8 bytes: core's DictionaryAttr orders keys by their UTF-8
     * encoding, which has no bytes for them (mlir-opt orders by the raw bytes).
     */
    String name() {
        String s = chance(0.7) ? pick(List.of("a", "b", "value", "x.y", "_z", "i32", "loc", "dense")) + r.nextInt(5)
            : string().replaceAll("[\\uDC80-\\uDCFF]", "");
        return s.isEmpty() ? "e" : s;
    }

    Attribute attribute(int depth) {
        int k = r.nextInt(depth <= 0 ? 7 : 19);
        return switch (k) {
            case 0 -> {
                Type t = chance(0.7) ? intType() : IndexType.INDEX;
                if (t instanceof IntegerType it && it.width() == 1 && it.isSignless()) yield IntegerAttr.bool(chance(0.5));
                yield new IntegerAttr(t, intValue(t));
            }
            case 1 -> {
                FloatType ft = floatType();
                yield new FloatAttr(ft, floatValue(ft.kind()));
            }
            case 2 -> chance(0.8) ? new StringAttr(string()) : new StringAttr(string(), scalar());
            case 3 -> UnitAttr.UNIT;
            case 4 -> IntegerAttr.bool(chance(0.5));
            case 5 -> {
                List<String> nested = new ArrayList<>();
                for (int i = r.nextInt(3); i > 0; i--) nested.add(name());
                yield new SymbolRefAttr(name(), nested);
            }
            case 6 -> denseArray();
            case 7 -> {
                List<Attribute> xs = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) xs.add(attribute(depth - 1));
                yield new ArrayAttr(xs);
            }
            case 8 -> {
                Map<String, Attribute> m = new LinkedHashMap<>();
                for (int i = r.nextInt(4); i > 0; i--) m.put(name(), attribute(depth - 1));
                List<NamedAttribute> es = new ArrayList<>();
                m.forEach((n, v) -> es.add(new NamedAttribute(n, v)));
                yield DictionaryAttr.of(es);
            }
            case 9, 10 -> new TypeAttr(type(depth - 1));
            case 11, 12 -> dense();
            case 13 -> new AffineMapAttr(affineMap(r.nextInt(3), r.nextInt(3)));
            case 14 -> new IntegerSetAttr(integerSet());
            case 15 -> {
                List<Long> strides = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) strides.add(chance(0.2) ? ShapedType.DYNAMIC : r.nextInt(20) - 5L);
                yield new StridedLayoutAttr(chance(0.5) ? 0 : r.nextInt(100) - 10, strides);
            }
            case 16 -> location(depth - 1);
            case 17 -> new OpaqueAttr("foo", pick(List.of("bar", "baz<[1], {x}>", "\"raw\"", "q.r")),
                chance(0.7) ? NoneType.NONE : scalar());
            default -> attribute(0);
        };
    }

    private Attribute denseArray() {
        Type t = pick(List.of(IntegerType.I1, IntegerType.I8, IntegerType.I16, IntegerType.I32, IntegerType.I64,
            new IntegerType(8, IntegerType.Signedness.UNSIGNED), new IntegerType(32, IntegerType.Signedness.SIGNED),
            FloatType.F32, FloatType.F64, FloatType.F16, FloatType.BF16));
        int n = r.nextInt(5);
        if (t instanceof FloatType ft) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = floatValue(ft.kind());
            return DenseArrayAttr.ofDoubles(t, v);
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = intValue(t).longValue();
        return DenseArrayAttr.ofLongs(t, v);
    }

    /** A dense elements attribute; sometimes a splat, sometimes large enough for the hex form. */
    DenseElementsAttr dense() {
        List<Long> shape = new ArrayList<>();
        if (chance(0.15)) {
            shape.add(101L + r.nextInt(50));
        } else {
            for (int i = r.nextInt(3); i > 0; i--) shape.add((long) r.nextInt(4));
        }
        Type elt = switch (r.nextInt(6)) {
            case 0 -> new ComplexType(chance(0.5) ? floatType() : intType());
            case 1 -> new OpaqueType("foo", "str");
            default -> scalar();
        };
        if (elt instanceof ComplexType c && c.elementType() instanceof IntegerType it && it.width() <= 1) {
            elt = new ComplexType(IntegerType.I8); // mlir-opt 22 crashes printing complex<i0>
        }
        if (elt instanceof IntegerType it && it.width() == 0) elt = IntegerType.I8; // and dense i0 elements
        ShapedType type = chance(0.8) ? new RankedTensorType(shape, elt) : new VectorType(
            shape.isEmpty() ? List.of(2L) : shape.stream().map(d -> Math.max(d, 1)).toList(), DenseData.scalarType(elt)
                instanceof IntegerType || DenseData.scalarType(elt) instanceof FloatType ? DenseData.scalarType(elt)
                : IntegerType.I32);
        elt = type.elementType();
        long n = type.numElements();
        int per = elt instanceof ComplexType ? 2 : 1;
        int count = chance(0.3) ? per : (int) (n * per);
        Type scalar = DenseData.scalarType(elt);
        DenseValues values;
        if (!DenseData.isNumeric(elt)) {
            List<String> s = new ArrayList<>();
            for (int i = 0; i < count; i++) s.add(string());
            values = new DenseValues.Strings(s);
        } else if (scalar instanceof FloatType ft) {
            double[] v = new double[count];
            for (int i = 0; i < count; i++) v[i] = floatValue(ft.kind());
            values = new DenseValues.Floats(v);
        } else if (DenseData.isWide(scalar)) {
            BigInteger[] v = new BigInteger[count];
            for (int i = 0; i < count; i++) v[i] = intValue(scalar);
            values = new DenseValues.WideInts(v);
        } else {
            long[] v = new long[count];
            for (int i = 0; i < count; i++) v[i] = intValue(scalar).longValue();
            values = new DenseValues.Ints(v);
        }
        return new DenseElementsAttr(type, values);
    }

    Location location(int depth) {
        int k = r.nextInt(depth <= 0 ? 3 : 6);
        return switch (k) {
            case 0 -> UnknownLoc.INSTANCE;
            case 1 -> {
                int line = r.nextInt(100), col = r.nextInt(100);
                yield switch (r.nextInt(3)) {
                    case 0 -> new FileLineColLoc("f" + string(), line, col); // "" would print as "-"
                    case 1 -> new FileLineColLoc(string(), line, col, line, col + 1 + r.nextInt(5));
                    default -> new FileLineColLoc(string(), line, col, line + 1 + r.nextInt(5), r.nextInt(9));
                };
            }
            case 2 -> new NameLoc(string(), UnknownLoc.INSTANCE);
            case 3 -> new NameLoc(string(), location(depth - 1));
            case 4 -> new CallSiteLoc(location(depth - 1), location(depth - 1));
            default -> {
                // canonical fusions only: distinct known locations, and metadata unless there are two or more
                List<Location> ls = new ArrayList<>();
                for (int i = 2 + r.nextInt(2); i > 0; i--) {
                    Location l = new NameLoc("n" + i + "_" + r.nextInt(1000), UnknownLoc.INSTANCE);
                    ls.add(l);
                }
                yield new FusedLoc(ls, chance(0.5) ? null : new StringAttr("meta"));
            }
        };
    }
}
