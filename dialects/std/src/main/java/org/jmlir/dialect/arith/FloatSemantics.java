package org.jmlir.dialect.arith;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.text.FloatFormats;

/**
 * APFloat's arithmetic for folding, on values held as doubles. A double holds every format up to f64 exactly and
 * has more than twice the precision of every format up to f32, so an operation computed in double and rounded once
 * to the format gives APFloat's correctly rounded result. f80 and f128 are not folded (a double cannot hold them).
 * NaNs follow APFloat: a NaN operand is returned quieted (the first one when both are), and an invalid operation
 * gives the format's default NaN (positive quiet).
 */
public final class FloatSemantics {
    private FloatSemantics() {}

    private static final long SIGN = Long.MIN_VALUE;
    private static final long QUIET = 1L << 51;

    /** Whether values of {@code kind} can be folded here. */
    public static boolean supported(FloatKind kind) {
        return kind != null && kind != FloatKind.F80 && kind != FloatKind.F128;
    }

    /** Rounds an exact-or-double-rounded value to {@code kind}, ties to even. */
    public static double round(double v, FloatKind kind) {
        if (Double.isNaN(v)) return v;
        return FloatFormats.round(v, kind);
    }

    public static double quiet(double nan) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(nan) | QUIET);
    }

    public static double defaultNaN() { return Double.longBitsToDouble(0x7FF8000000000000L); }

    /** {@code a op b} in {@code kind}, with APFloat's NaN rules. */
    public static double binary(double a, double b, FloatKind kind, DoubleBinaryOperator op) {
        if (Double.isNaN(a)) return quiet(a);
        if (Double.isNaN(b)) return quiet(b);
        double r = op.applyAsDouble(a, b);
        return Double.isNaN(r) ? defaultNaN() : round(r, kind);
    }

    /** {@code op a} in {@code kind}; a NaN operand is returned quieted. */
    public static double unary(double a, FloatKind kind, DoubleUnaryOperator op) {
        if (Double.isNaN(a)) return quiet(a);
        double r = op.applyAsDouble(a);
        return Double.isNaN(r) ? defaultNaN() : round(r, kind);
    }

    public static double neg(double a) { return Double.longBitsToDouble(Double.doubleToRawLongBits(a) ^ SIGN); }

    public static double abs(double a) { return Double.longBitsToDouble(Double.doubleToRawLongBits(a) & ~SIGN); }

    public static double copySign(double a, double b) {
        long sign = Double.doubleToRawLongBits(b) & SIGN;
        return Double.longBitsToDouble((Double.doubleToRawLongBits(a) & ~SIGN) | sign);
    }

    public static boolean isNegative(double a) { return (Double.doubleToRawLongBits(a) & SIGN) != 0; }

    /** llvm::maximum: NaN-propagating, -0 below +0. */
    public static double maximum(double a, double b) {
        if (Double.isNaN(a)) return quiet(a);
        if (Double.isNaN(b)) return quiet(b);
        if (a == 0 && b == 0 && isNegative(a) != isNegative(b)) return isNegative(a) ? b : a;
        return a < b ? b : a;
    }

    /** llvm::minimum: NaN-propagating, -0 below +0. */
    public static double minimum(double a, double b) {
        if (Double.isNaN(a)) return quiet(a);
        if (Double.isNaN(b)) return quiet(b);
        if (a == 0 && b == 0 && isNegative(a) != isNegative(b)) return isNegative(a) ? a : b;
        return b < a ? b : a;
    }

    /** llvm::maxnum: a NaN operand gives the other one. */
    public static double maxnum(double a, double b) {
        if (Double.isNaN(a)) return Double.isNaN(b) ? quiet(a) : b;
        if (Double.isNaN(b)) return a;
        if (a == 0 && b == 0 && isNegative(a) != isNegative(b)) return isNegative(a) ? b : a;
        return a < b ? b : a;
    }

    /** llvm::minnum: a NaN operand gives the other one. */
    public static double minnum(double a, double b) {
        if (Double.isNaN(a)) return Double.isNaN(b) ? quiet(a) : b;
        if (Double.isNaN(b)) return a;
        if (a == 0 && b == 0 && isNegative(a) != isNegative(b)) return isNegative(a) ? a : b;
        return b < a ? b : a;
    }

    /** An integer (as a mathematical value) rounded to {@code kind}, ties to even (APFloat's convertFromAPInt). */
    public static double fromInteger(BigInteger v, FloatKind kind) {
        FloatFormats.Exact r = FloatFormats.roundRational(v.signum() < 0, v.abs(), BigInteger.ONE, FloatFormats.of(kind));
        return FloatFormats.toDouble(r);
    }

    /**
     * APFloat's convertToInteger toward zero into {@code width} bits: the value, or null when invalid (NaN, infinity,
     * out of range).
     */
    public static BigInteger toInteger(double v, int width, boolean signed) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        BigInteger t = new BigDecimal(v).toBigInteger();
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(width - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(width - 1).subtract(BigInteger.ONE)
            : BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        return t.compareTo(min) < 0 || t.compareTo(max) > 0 ? null : t;
    }

    /** Whether {@code v} converts to {@code kind} exactly (truncf folds only then). */
    public static boolean exactIn(double v, FloatKind kind) {
        if (Double.isNaN(v)) {
            // APFloat's convert: a signaling NaN is an invalid operation, a payload that does not fit loses info
            long raw = Double.doubleToRawLongBits(v);
            if ((raw & QUIET) == 0) return false;
            double back = FloatFormats.fromBits(FloatFormats.toBits(v, kind), kind);
            return Double.doubleToRawLongBits(back) == raw;
        }
        return Double.doubleToRawLongBits(FloatFormats.round(v, kind)) == Double.doubleToRawLongBits(v);
    }

    /** The bit pattern of a value of {@code kind}. */
    public static BigInteger toBits(double v, FloatKind kind) { return FloatFormats.toBits(v, kind); }

    public static double fromBits(BigInteger bits, FloatKind kind) { return FloatFormats.fromBits(bits, kind); }
}
