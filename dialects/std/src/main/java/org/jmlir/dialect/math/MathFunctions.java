package org.jmlir.dialect.math;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The C library functions java.lang.Math lacks, accurate to about one unit in the last place of a double (so f32
 * results, rounded from double, match a correctly rounded libm).
 */
final class MathFunctions {
    private MathFunctions() {}

    static double acosh(double x) {
        if (x < 1) return Double.NaN;
        double t = x - 1;
        return x > 1e8 ? Math.log(x) + Math.log(2) : Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double asinh(double x) {
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }

    static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1) return Double.NaN;
        return Math.copySign(0.5 * Math.log1p(2 * a / (1 - a)), x);
    }

    static double exp2(double x) { return Math.pow(2, x); }

    static double log2(double x) {
        if (x > 0 && !Double.isInfinite(x)) {
            int e = Math.getExponent(x);
            if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) return e;
        }
        return Math.log(x) / Math.log(2);
    }

    /** C's pow: pow(1, y) and pow(x, 0) are 1 even for NaN, pow(-1, inf) is 1. */
    static double pow(double x, double y) {
        if (x == 1 || y == 0) return 1;
        if (x == -1 && Double.isInfinite(y)) return 1;
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.isNaN(x) ? x : y;
        return Math.pow(x, y);
    }

    private static final MathContext MC = new MathContext(80);
    private static final BigDecimal TWO_OVER_SQRT_PI =
        new BigDecimal("1.12837916709551257389615890312154517168810125865799771368817144342128493688298");

    /** erf by its Taylor series at 80 digits (|x| < 6, beyond which erf rounds to +-1). */
    private static BigDecimal erfSeries(double x) {
        BigDecimal bx = new BigDecimal(x), x2 = bx.multiply(bx, MC), term = bx, sum = bx;
        for (int n = 1; n < 2000; n++) {
            term = term.multiply(x2, MC).negate().divide(BigDecimal.valueOf(n), MC);
            BigDecimal add = term.divide(BigDecimal.valueOf(2L * n + 1), MC);
            sum = sum.add(add, MC);
            if (add.abs().compareTo(new BigDecimal("1e-60")) < 0) break;
        }
        return sum.multiply(TWO_OVER_SQRT_PI, MC);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) return x;
        if (Math.abs(x) >= 6) return Math.copySign(1.0, x);
        if (x == 0) return x;
        return erfSeries(x).doubleValue();
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        if (x < 6) {
            if (x <= -6) return 2.0;
            return BigDecimal.ONE.subtract(erfSeries(x), MC).doubleValue();
        }
        if (x > 27.3) return 0.0;
        // continued fraction erfc(x) = exp(-x^2)/sqrt(pi) / (x + 1/2/(x + 1/(x + 3/2/(x + ...))))
        double f = x;
        for (int k = 60; k >= 1; k--) f = x + (k / 2.0) / f;
        double hi = x * x, lo = Math.fma(x, x, -hi);
        return Math.exp(-hi) * (1 - lo) / (f * Math.sqrt(Math.PI));
    }
}
