package org.jmlir.dialect.math;

import static org.jmlir.dialect.arith.ConstAttrs.bits;
import static org.jmlir.dialect.arith.ConstAttrs.intWidth;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.jmlir.dialect.arith.ConstAttrs;
import org.jmlir.dialect.arith.FloatSemantics;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ods.FoldHook;
import org.jmlir.text.FloatFormats;

/**
 * The fold hooks of math (upstream's MathOps.cpp): exact operations (abs, copysign, ceil/floor/roundeven, bit
 * counts, ipowi, classification) fold for every format; the libm functions fold only f32 and f64, as upstream
 * calls the C library only for those, and decline where upstream does (log and sqrt of negatives).
 */
public final class MathFolders {
    private MathFolders() {}

    private static final Map<String, FoldHook> HOOKS = new HashMap<>();

    /** The fold hook of math op {@code name} ("math.sin"), or null. */
    public static FoldHook hook(String name) { return HOOKS.get(name); }

    private static List<OpFoldResult> attr(Attribute a) { return a == null ? null : List.of(OpFoldResult.of(a)); }

    private static void unaryFloat(String name, boolean anyFormat, UnaryOperator<Double> f) {
        HOOKS.put("math." + name, (op, c) -> attr(ConstAttrs.unary(c.get(0), op.result(0).type(), a -> {
            if (!(a instanceof FloatAttr fa) || !(fa.type() instanceof FloatType ft)) return null;
            FloatKind k = ft.kind();
            if (anyFormat ? !FloatSemantics.supported(k) : k != FloatKind.F32 && k != FloatKind.F64) return null;
            Double r = f.apply(fa.value());
            return r == null ? null : new FloatAttr(ft, Double.isNaN(r) ? r : FloatSemantics.round(r, k));
        })));
    }

    /**
     * A libm function on f32/f64 as upstream folds it: {@code cname + "f"} for f32 and {@code cname} for f64 from
     * the platform's libm ({@link LibM}), or the Java fallback when libm cannot be called. {@code decline} says
     * where upstream does not fold.
     */
    private static void libm(String name, String cname, DoubleUnaryOperator fallback,
                             java.util.function.DoublePredicate decline) {
        HOOKS.put("math." + name, (op, c) -> attr(ConstAttrs.unary(c.get(0), op.result(0).type(), a -> {
            if (!(a instanceof FloatAttr fa) || !(fa.type() instanceof FloatType ft)) return null;
            FloatKind k = ft.kind();
            if (k != FloatKind.F32 && k != FloatKind.F64) return null;
            double x = fa.value();
            if (decline != null && decline.test(x)) return null;
            Double r = k == FloatKind.F32 ? toDouble(LibM.callF(cname + "f", (float) x)) : LibM.call(cname, x);
            if (r == null) {
                r = Double.isNaN(x) ? FloatSemantics.quiet(x) : fallback.applyAsDouble(x);
                if (!Double.isNaN(r)) r = FloatSemantics.round(r, k);
            }
            return new FloatAttr(ft, r);
        })));
    }

    private static void libm(String name, DoubleUnaryOperator fallback) { libm(name, name, fallback, null); }

    private static Double toDouble(Float f) { return f == null ? null : (double) (float) f; }

    private static void libm2(String name, String cname, DoubleBinaryOperator fallback) {
        HOOKS.put("math." + name, (op, c) -> attr(ConstAttrs.binary(c.get(0), c.get(1), op.result(0).type(), (a, b) -> {
            if (!(a instanceof FloatAttr fa) || !(b instanceof FloatAttr fb) || !(fa.type() instanceof FloatType ft)) {
                return null;
            }
            FloatKind k = ft.kind();
            if (k != FloatKind.F32 && k != FloatKind.F64) return null;
            // upstream's atan2 of two zeros is its NaN, not libm's
            if (name.equals("atan2") && fa.value() == 0 && fb.value() == 0) {
                return new FloatAttr(ft, FloatSemantics.defaultNaN());
            }
            Double r = k == FloatKind.F32 ? toDouble(LibM.callF(cname + "f", (float) fa.value(), (float) fb.value()))
                : LibM.call(cname, fa.value(), fb.value());
            if (r == null) {
                r = fallback.applyAsDouble(fa.value(), fb.value());
                if (!Double.isNaN(r)) r = FloatSemantics.round(r, k);
            }
            return new FloatAttr(ft, r);
        })));
    }

    private static void binaryFloat(String name, boolean anyFormat, DoubleBinaryOperator f) {
        HOOKS.put("math." + name, (op, c) -> attr(ConstAttrs.binary(c.get(0), c.get(1), op.result(0).type(), (a, b) -> {
            if (!(a instanceof FloatAttr fa) || !(b instanceof FloatAttr fb) || !(fa.type() instanceof FloatType ft)) {
                return null;
            }
            FloatKind k = ft.kind();
            if (anyFormat ? !FloatSemantics.supported(k) : k != FloatKind.F32 && k != FloatKind.F64) return null;
            double r = f.applyAsDouble(fa.value(), fb.value());
            return new FloatAttr(ft, Double.isNaN(r) ? r : FloatSemantics.round(r, k));
        })));
    }

    private static void unaryInt(String name, IntUnary f) {
        HOOKS.put("math." + name, (op, c) -> attr(ConstAttrs.unary(c.get(0), op.result(0).type(), a -> {
            if (!(a instanceof IntegerAttr ia)) return null;
            int w = intWidth(ia.type());
            return ConstAttrs.intAttr(ia.type(), f.apply(bits(ia), w));
        })));
    }

    @FunctionalInterface
    private interface IntUnary {
        BigInteger apply(BigInteger bits, int width);
    }

    private static void classify(String name, java.util.function.BiPredicate<Double, FloatKind> test) {
        HOOKS.put("math." + name, (op, c) -> attr(ConstAttrs.unary(c.get(0), op.result(0).type(), a -> {
            if (!(a instanceof FloatAttr fa) || !(fa.type() instanceof FloatType ft)) return null;
            if (!FloatSemantics.supported(ft.kind())) return null;
            return IntegerAttr.bool(test.test(fa.value(), ft.kind()));
        })));
    }

    static {
        // exact, every format
        unaryFloat("absf", true, FloatSemantics::abs);
        unaryFloat("ceil", true, x -> Double.isNaN(x) ? FloatSemantics.quiet(x) : Math.ceil(x));
        unaryFloat("floor", true, x -> Double.isNaN(x) ? FloatSemantics.quiet(x) : Math.floor(x));
        unaryFloat("roundeven", true, x -> Double.isNaN(x) ? FloatSemantics.quiet(x) : Math.rint(x));
        binaryFloat("copysign", true, FloatSemantics::copySign);
        // libm, f32 and f64
        libm("round", MathFolders::roundHalfAway);
        libm("trunc", x -> FloatSemantics.copySign(Math.floor(Math.abs(x)), x));
        libm("acos", Math::acos);
        libm("asin", Math::asin);
        libm("atan", Math::atan);
        libm("acosh", MathFunctions::acosh);
        libm("asinh", MathFunctions::asinh);
        libm("atanh", MathFunctions::atanh);
        libm("cos", Math::cos);
        libm("sin", Math::sin);
        libm("tan", Math::tan);
        libm("cosh", Math::cosh);
        libm("sinh", Math::sinh);
        libm("tanh", Math::tanh);
        libm("erf", MathFunctions::erf);
        libm("erfc", MathFunctions::erfc);
        libm("exp", Math::exp);
        libm("exp2", MathFunctions::exp2);
        libm("expm1", Math::expm1);
        libm("log", "log", Math::log, FloatSemantics::isNegative);
        libm("log10", "log10", Math::log10, FloatSemantics::isNegative);
        libm("log2", "log2", MathFunctions::log2, FloatSemantics::isNegative);
        libm("sqrt", "sqrt", Math::sqrt, FloatSemantics::isNegative);
        libm("log1p", "log1p", Math::log1p, x -> FloatSemantics.isNegative(Double.isNaN(x) ? x : x + 1.0));
        libm2("atan2", "atan2", Math::atan2);
        libm2("powf", "pow", MathFunctions::pow);
        // integers
        unaryInt("absi", (b, w) -> ConstAttrs.signed(b, w).abs());
        unaryInt("ctpop", (b, w) -> BigInteger.valueOf(b.bitCount()));
        unaryInt("ctlz", (b, w) -> BigInteger.valueOf(w - b.bitLength()));
        unaryInt("cttz", (b, w) -> BigInteger.valueOf(b.signum() == 0 ? w : b.getLowestSetBit()));
        HOOKS.put("math.ipowi", (op, c) -> attr(ConstAttrs.binary(c.get(0), c.get(1), op.result(0).type(), (a, b) -> {
            if (!(a instanceof IntegerAttr x) || !(b instanceof IntegerAttr y)) return null;
            int w = intWidth(x.type());
            BigInteger r = ipowi(bits(x), bits(y), w);
            return r == null ? null : ConstAttrs.intAttr(x.type(), r);
        })));
        // classification, every format
        classify("isnan", (v, k) -> Double.isNaN(v));
        classify("isinf", (v, k) -> Double.isInfinite(v));
        classify("isfinite", (v, k) -> !Double.isNaN(v) && !Double.isInfinite(v));
        classify("isnormal", (v, k) -> !Double.isNaN(v) && !Double.isInfinite(v) && v != 0
            && Math.abs(v) >= Math.scalb(1.0, FloatFormats.of(k).minExp()));
    }

    /** C's round: halfway cases away from zero. */
    static double roundHalfAway(double x) {
        double a = Math.abs(x), f = Math.floor(a);
        return FloatSemantics.copySign(a - f >= 0.5 ? f + 1 : f, x);
    }

    /** Upstream's ipowi: negative powers give 0, 1 or -1 (0 to a negative power is not folded). */
    static BigInteger ipowi(BigInteger base, BigInteger power, int w) {
        BigInteger mask = ConstAttrs.mask(w);
        BigInteger one = BigInteger.ONE.and(mask), minusOne = mask;
        if (power.signum() == 0) return one;
        if (power.testBit(w - 1)) {
            if (base.signum() == 0) return null;
            if (base.equals(one)) return one;
            if (!base.equals(minusOne)) return BigInteger.ZERO;
            return power.testBit(0) ? minusOne : one;
        }
        return base.modPow(power, BigInteger.ONE.shiftLeft(w));
    }
}
