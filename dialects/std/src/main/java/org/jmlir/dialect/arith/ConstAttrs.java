package org.jmlir.dialect.arith;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DenseValues;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;

/**
 * Reading and building the constant attributes that folding works on: integer and float scalars and dense elements
 * (splat or not), and applying a scalar function elementwise as MLIR's constFoldUnaryOp/constFoldBinaryOp do.
 * Integers are handled as unsigned bit patterns of their width ({@link #bits}), as APInt holds them.
 */
public final class ConstAttrs {
    private ConstAttrs() {}

    /** The bit width of an integer or index scalar type (index folds as 64 bits, as MLIR's IndexType storage). */
    public static int intWidth(Type t) {
        if (t instanceof IntegerType i) return i.width();
        if (t instanceof IndexType) return 64;
        return -1;
    }

    public static BigInteger mask(int width) { return BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE); }

    /** The value of an integer attribute as an unsigned bit pattern of its type's width. */
    public static BigInteger bits(IntegerAttr a) { return a.value().and(mask(intWidth(a.type()))); }

    /** Reads a bit pattern as two's complement. */
    public static BigInteger signed(BigInteger bits, int width) {
        return width > 0 && bits.testBit(width - 1) ? bits.subtract(BigInteger.ONE.shiftLeft(width)) : bits;
    }

    /** An integer attribute of {@code type} whose bits are {@code v} truncated to the width (APInt's wrap-around). */
    public static IntegerAttr intAttr(Type type, BigInteger v) {
        int w = intWidth(type);
        BigInteger b = v.and(mask(w));
        boolean raw = type instanceof IntegerType it && (it.isUnsigned() || (w == 1 && it.isSignless()));
        return new IntegerAttr(type, raw ? b : signed(b, w));
    }

    public static IntegerAttr intAttr(Type type, long v) { return intAttr(type, BigInteger.valueOf(v)); }

    /** The element type of a shaped type, else the type itself. */
    public static Type element(Type t) { return t instanceof ShapedType s ? s.elementType() : t; }

    /** The scalar a constant stands for: itself when scalar, the element of a splat, else null. */
    public static Attribute splatValue(Attribute a) {
        if (a instanceof IntegerAttr || a instanceof FloatAttr) return a;
        if (a instanceof DenseElementsAttr d && d.isSplat() && !d.isComplex()) return element(d, 0);
        return null;
    }

    /** Element {@code i} of a dense int or float attribute as a scalar attribute, or null for other elements. */
    public static Attribute element(DenseElementsAttr d, int i) {
        Type e = d.type().elementType();
        int k = d.isSplat() ? 0 : i;
        return switch (d.values()) {
            case DenseValues.Ints v -> new IntegerAttr(e, BigInteger.valueOf(v.values()[k]));
            case DenseValues.WideInts v -> new IntegerAttr(e, v.values()[k]);
            case DenseValues.Floats v -> new FloatAttr(e, v.values()[k]);
            case DenseValues.Strings s -> null;
        };
    }

    /** The scalars of a dense attribute, in order (one for a splat), or null when they are not ints or floats. */
    public static List<Attribute> elements(DenseElementsAttr d) {
        if (d.isComplex()) return null;
        int n = d.values().length();
        List<Attribute> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Attribute a = element(d, i);
            if (a == null) return null;
            out.add(a);
        }
        return out;
    }

    /** A dense attribute of {@code type} from scalar attributes (one for a splat, or one per element). */
    public static DenseElementsAttr dense(ShapedType type, List<Attribute> scalars) {
        Type e = type.elementType();
        int n = scalars.size();
        if (e instanceof FloatType) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) v[i] = ((FloatAttr) scalars.get(i)).value();
            return new DenseElementsAttr(type, new DenseValues.Floats(v));
        }
        if (intWidth(e) > 64) {
            BigInteger[] v = new BigInteger[n];
            for (int i = 0; i < n; i++) v[i] = ((IntegerAttr) scalars.get(i)).value();
            return new DenseElementsAttr(type, new DenseValues.WideInts(v));
        }
        long[] v = new long[n];
        for (int i = 0; i < n; i++) v[i] = ((IntegerAttr) scalars.get(i)).value().longValue();
        return new DenseElementsAttr(type, new DenseValues.Ints(v));
    }

    /** {@code value} as an attribute of {@code type}: itself for a scalar type, a splat for a static shape. */
    public static Attribute splatOf(Type type, Attribute scalar) {
        if (!(type instanceof ShapedType s)) return scalar;
        if (!s.hasRank() || s.numElements() < 0) return null;
        return dense(s, List.of(scalar));
    }

    /** Zero of an integer, index or float type (scalar or static shape), or null. */
    public static Attribute zero(Type type) {
        Type e = element(type);
        if (e instanceof FloatType) return splatOf(type, new FloatAttr(e, 0.0));
        if (intWidth(e) > 0) return splatOf(type, intAttr(e, 0));
        return null;
    }

    /** A boolean of {@code type}'s shape (i1 or a static shape of i1). */
    public static Attribute bool(Type type, boolean b) { return splatOf(type, IntegerAttr.bool(b)); }

    /**
     * Folds a unary op on a scalar or dense constant elementwise; {@code f} maps a scalar to the result scalar (or
     * null to decline, which declines the whole fold). {@code resultType} is the op's result type.
     */
    public static Attribute unary(Attribute a, Type resultType, Function<Attribute, Attribute> f) {
        if (a instanceof IntegerAttr || a instanceof FloatAttr) {
            return resultType instanceof ShapedType ? null : f.apply(a);
        }
        if (a instanceof DenseElementsAttr d && resultType instanceof ShapedType rs) {
            List<Attribute> in = elements(d);
            if (in == null || rs.numElements() != d.numElements()) return null;
            List<Attribute> out = new ArrayList<>(in.size());
            for (Attribute x : in) {
                Attribute r = f.apply(x);
                if (r == null) return null;
                out.add(r);
            }
            return dense(rs, out);
        }
        return null;
    }

    /**
     * Folds a binary op on two constants of the same kind (two scalars, or two dense values of one shape)
     * elementwise; {@code f} returns null to decline.
     */
    public static Attribute binary(Attribute a, Attribute b, Type resultType, BinaryOperator<Attribute> f) {
        if (a == null || b == null) return null;
        if ((a instanceof IntegerAttr || a instanceof FloatAttr) && (b instanceof IntegerAttr || b instanceof FloatAttr)) {
            if (!((org.jmlir.ir.attr.TypedAttribute) a).type().equals(((org.jmlir.ir.attr.TypedAttribute) b).type())) return null;
            return resultType instanceof ShapedType ? null : f.apply(a, b);
        }
        if (a instanceof DenseElementsAttr da && b instanceof DenseElementsAttr db && resultType instanceof ShapedType rs
            && da.type().equals(db.type())) {
            List<Attribute> x = elements(da), y = elements(db);
            if (x == null || y == null) return null;
            int n = Math.max(x.size(), y.size());
            List<Attribute> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Attribute r = f.apply(x.get(x.size() == 1 ? 0 : i), y.get(y.size() == 1 ? 0 : i));
                if (r == null) return null;
                out.add(r);
            }
            return dense(rs, out);
        }
        return null;
    }

    // ---- matchers on constant operands (MLIR's m_Zero, m_One, m_ConstantInt, float matchers); splats included

    /** The bits of an integer constant or integer splat, or null. */
    public static BigInteger intValue(Attribute a) {
        return splatValue(a) instanceof IntegerAttr i ? bits(i) : null;
    }

    public static boolean isZero(Attribute a) {
        BigInteger v = intValue(a);
        return v != null && v.signum() == 0;
    }

    public static boolean isOne(Attribute a) {
        BigInteger v = intValue(a);
        return v != null && v.equals(BigInteger.ONE);
    }

    public static boolean isAllOnes(Attribute a) {
        Attribute s = splatValue(a);
        return s instanceof IntegerAttr i && bits(i).equals(mask(intWidth(i.type())));
    }

    /** The value of a float constant or float splat, or null. */
    public static Double floatValue(Attribute a) {
        return splatValue(a) instanceof FloatAttr f ? f.value() : null;
    }

    public static boolean isFloat(Attribute a, double v) {
        Double d = floatValue(a);
        return d != null && Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(v);
    }

    public static boolean isNaN(Attribute a) {
        Double d = floatValue(a);
        return d != null && d.isNaN();
    }

    public static FloatKind kind(Type t) { return element(t) instanceof FloatType f ? f.kind() : null; }
}
