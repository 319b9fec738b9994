package org.jmlir.text;

import java.math.BigInteger;
import org.jmlir.ir.type.FloatKind;

/**
 * The bit-level semantics of every {@link FloatKind}, as LLVM's APFloat defines them: rounding a value to a format
 * (ties to even, with APFloat's overflow rules), and converting between a format's bit pattern and the double that
 * holds the value in our IR. Values of f80/f128 are held as doubles, so those two formats are exact only for values
 * a double can hold.
 *
 * <p>Exact arithmetic is done on {@link Exact} values {@code mant * 2^exp}; the printer and the parser both need it
 * (the printer to check that a short decimal spelling reads back to the same value, the parser to round decimals).
 */
public final class FloatFormats {
    private FloatFormats() {}

    /** How a format spells infinity and NaN. */
    public enum NonFinite { IEEE, NAN_ONLY, FINITE_ONLY }

    /** Where a NaN-only format keeps its NaN: all ones, or the negative-zero pattern. */
    public enum NanEncoding { IEEE, ALL_ONES, NEGATIVE_ZERO }

    /**
     * APFloat's fltSemantics: precision counts the implicit bit; minExp/maxExp are unbiased exponents of normal
     * numbers.
     */
    public record Semantics(int precision, int minExp, int maxExp, int bits, NonFinite nonFinite, NanEncoding nan,
                            boolean explicitIntegerBit) {
        boolean hasSign() { return bits != 8 || minExp != -127; } // only f8E8M0FNU is unsigned

        boolean isE8M0() { return !hasSign(); }
    }

    public static Semantics of(FloatKind k) {
        return switch (k) {
            case F4E2M1FN -> new Semantics(2, 0, 2, 4, NonFinite.FINITE_ONLY, NanEncoding.IEEE, false);
            case F6E2M3FN -> new Semantics(4, 0, 2, 6, NonFinite.FINITE_ONLY, NanEncoding.IEEE, false);
            case F6E3M2FN -> new Semantics(3, -2, 4, 6, NonFinite.FINITE_ONLY, NanEncoding.IEEE, false);
            case F8E5M2 -> new Semantics(3, -14, 15, 8, NonFinite.IEEE, NanEncoding.IEEE, false);
            case F8E4M3 -> new Semantics(4, -6, 7, 8, NonFinite.IEEE, NanEncoding.IEEE, false);
            case F8E4M3FN -> new Semantics(4, -6, 8, 8, NonFinite.NAN_ONLY, NanEncoding.ALL_ONES, false);
            case F8E5M2FNUZ -> new Semantics(3, -15, 15, 8, NonFinite.NAN_ONLY, NanEncoding.NEGATIVE_ZERO, false);
            case F8E4M3FNUZ -> new Semantics(4, -7, 7, 8, NonFinite.NAN_ONLY, NanEncoding.NEGATIVE_ZERO, false);
            case F8E4M3B11FNUZ -> new Semantics(4, -10, 4, 8, NonFinite.NAN_ONLY, NanEncoding.NEGATIVE_ZERO, false);
            case F8E3M4 -> new Semantics(5, -2, 3, 8, NonFinite.IEEE, NanEncoding.IEEE, false);
            case F8E8M0FNU -> new Semantics(1, -127, 127, 8, NonFinite.NAN_ONLY, NanEncoding.ALL_ONES, false);
            case BF16 -> new Semantics(8, -126, 127, 16, NonFinite.IEEE, NanEncoding.IEEE, false);
            case F16 -> new Semantics(11, -14, 15, 16, NonFinite.IEEE, NanEncoding.IEEE, false);
            case TF32 -> new Semantics(11, -126, 127, 19, NonFinite.IEEE, NanEncoding.IEEE, false);
            case F32 -> new Semantics(24, -126, 127, 32, NonFinite.IEEE, NanEncoding.IEEE, false);
            case F64 -> new Semantics(53, -1022, 1023, 64, NonFinite.IEEE, NanEncoding.IEEE, false);
            case F80 -> new Semantics(64, -16382, 16383, 80, NonFinite.IEEE, NanEncoding.IEEE, true);
            case F128 -> new Semantics(113, -16382, 16383, 128, NonFinite.IEEE, NanEncoding.IEEE, false);
        };
    }

    /** Bytes one element of this kind takes in dense hex data (MLIR rounds bit widths up to whole bytes). */
    public static int storageBytes(FloatKind k) { return (k.width() + 7) / 8; }

    // ---- exact values

    /**
     * {@code (-1)^negative * mant * 2^exp}, normalized so that {@code mant} is odd (or zero). {@code special} is
     * null for finite values, else "inf" or "nan".
     */
    public record Exact(boolean negative, BigInteger mant, int exp, String special) {
        static Exact finite(boolean neg, BigInteger m, int e) {
            if (m.signum() == 0) return new Exact(neg, BigInteger.ZERO, 0, null);
            int tz = m.getLowestSetBit();
            return new Exact(neg, m.shiftRight(tz), e + tz, null);
        }

        public boolean isZero() { return special == null && mant.signum() == 0; }

        public boolean isInf() { return "inf".equals(special); }

        public boolean isNaN() { return "nan".equals(special); }
    }

    /** The exact value of a double. */
    public static Exact exact(double d) {
        long bits = Double.doubleToRawLongBits(d);
        boolean neg = bits < 0;
        if (Double.isNaN(d)) return new Exact(neg, BigInteger.ZERO, 0, "nan");
        if (Double.isInfinite(d)) return new Exact(neg, BigInteger.ZERO, 0, "inf");
        int e = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        if (e == 0) e = 1; else m |= 1L << 52;
        return Exact.finite(neg, BigInteger.valueOf(m), e - 1075);
    }

    /** The double holding a finite exact value (which must fit a double without rounding). */
    public static double toDouble(Exact x) {
        if (x.isNaN()) return canonicalNaN(null, x.negative);
        if (x.isInf()) return x.negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (x.mant.signum() == 0) return x.negative ? -0.0 : 0.0;
        // mant has at most 53 bits for every value we build; scale exactly with Math.scalb in two steps to avoid
        // intermediate overflow/underflow.
        double m = x.mant.doubleValue();
        int e = x.exp;
        double r;
        if (e < -1000) r = Math.scalb(Math.scalb(m, e + 1000), -1000);
        else if (e > 1000) r = Math.scalb(Math.scalb(m, e - 1000), 1000);
        else r = Math.scalb(m, e);
        return x.negative ? -r : r;
    }

    /**
     * Rounds {@code num / den} (positive, den > 0) to the format, ties to even, with APFloat's overflow behaviour
     * (infinity, NaN for NaN-only formats, the largest finite value for finite-only formats).
     */
    public static Exact roundRational(boolean neg, BigInteger num, BigInteger den, Semantics s) {
        if (!s.hasSign()) neg = false; // f8E8M0FNU has no sign bit: APFloat drops it
        if (num.signum() == 0) return zeroOf(neg, s);
        // E with 2^E <= num/den < 2^(E+1)
        int e = num.bitLength() - den.bitLength();
        if (compareScaled(num, den, e) < 0) e--;
        int p = s.precision();
        int q = Math.max(e, s.minExp()) - (p - 1);
        // M = round(num / (den * 2^q))
        BigInteger n = num, d = den;
        if (q < 0) n = n.shiftLeft(-q); else d = d.shiftLeft(q);
        BigInteger[] qr = n.divideAndRemainder(d);
        BigInteger m = qr[0];
        int c = qr[1].shiftLeft(1).compareTo(d);
        if (c > 0 || (c == 0 && m.testBit(0))) m = m.add(BigInteger.ONE);
        if (m.signum() == 0) return zeroOf(neg, s);
        // renormalize after a carry into a new binade
        int top = q + m.bitLength() - 1;
        if (top > s.maxExp() || (top == s.maxExp() && isNanPattern(m, q, s))) return overflow(neg, s);
        return Exact.finite(neg, m, q);
    }

    /** For NaN-only all-ones formats, the largest exponent with an all-ones significand spells NaN. */
    private static boolean isNanPattern(BigInteger m, int q, Semantics s) {
        if (s.nan() != NanEncoding.ALL_ONES || s.isE8M0()) return false;
        int p = s.precision();
        // value = m * 2^q with top bit at maxExp: significand bits are m scaled to p bits
        int shift = (s.maxExp() - (p - 1)) - q;
        BigInteger sig = shift >= 0 ? m.shiftRight(shift) : m.shiftLeft(-shift);
        return sig.bitCount() == p;
    }

    private static int compareScaled(BigInteger num, BigInteger den, int e) {
        return e >= 0 ? num.compareTo(den.shiftLeft(e)) : num.shiftLeft(-e).compareTo(den);
    }

    private static Exact zeroOf(boolean neg, Semantics s) {
        if (s.isE8M0()) return Exact.finite(false, BigInteger.ONE, s.minExp()); // no zero: rounds to the smallest
        if (s.nan() == NanEncoding.NEGATIVE_ZERO || !s.hasSign()) neg = false;
        return new Exact(neg, BigInteger.ZERO, 0, null);
    }

    private static Exact overflow(boolean neg, Semantics s) {
        return switch (s.nonFinite()) {
            case IEEE -> new Exact(neg, BigInteger.ZERO, 0, "inf");
            case NAN_ONLY -> new Exact(neg, BigInteger.ZERO, 0, "nan");
            case FINITE_ONLY -> largest(neg, s);
        };
    }

    private static Exact largest(boolean neg, Semantics s) {
        int p = s.precision();
        BigInteger m = BigInteger.ONE.shiftLeft(p).subtract(BigInteger.ONE);
        if (s.nan() == NanEncoding.ALL_ONES && !s.isE8M0()) m = m.subtract(BigInteger.ONE);
        return Exact.finite(neg, m, s.maxExp() - (p - 1));
    }

    /** Rounds an exact binary value to the format. */
    public static Exact round(Exact x, Semantics s) {
        if (x.special != null) {
            if (x.isNaN()) return x;
            return s.nonFinite() == NonFinite.IEEE ? x : overflow(x.negative, s);
        }
        if (x.mant.signum() == 0) return zeroOf(x.negative, s);
        if (x.exp >= 0) return roundRational(x.negative, x.mant.shiftLeft(x.exp), BigInteger.ONE, s);
        return roundRational(x.negative, x.mant, BigInteger.ONE.shiftLeft(-x.exp), s);
    }

    /** Rounds a double to the nearest value of {@code kind}, as APFloat's convert does after MLIR's strtod. */
    public static double round(double v, FloatKind kind) {
        if (kind == FloatKind.F64 || kind == FloatKind.F80 || kind == FloatKind.F128) return v;
        if (kind == FloatKind.F32 && !Double.isNaN(v)) return (float) v;
        Semantics s = of(kind);
        if (Double.isNaN(v)) return s.nonFinite() == NonFinite.FINITE_ONLY ? v : nanOf(kind, v);
        Exact r = round(exact(v), s);
        return r.isNaN() ? canonicalNaN(kind, r.negative) : toDouble(r);
    }

    // ---- bit patterns

    /** The number of exponent bits of a format. */
    private static int exponentBits(Semantics s) {
        int mantBits = s.precision() - (s.explicitIntegerBit() ? 0 : 1);
        return s.bits() - mantBits - (s.hasSign() ? 1 : 0);
    }

    private static int bias(Semantics s) { return s.isE8M0() ? 127 : 1 - s.minExp(); }

    /**
     * Decodes the bits of a {@code kind} value to the double holding it. NaN payloads are kept in the top bits of
     * the double's significand so that {@link #toBits} gives them back.
     */
    public static double fromBits(BigInteger bits, FloatKind kind) {
        if (bits.bitLength() <= 64) {
            double fast = fromBitsFast(bits.longValue(), kind);
            if (!Double.isNaN(fast) || kind == FloatKind.F64) return fast;
        }
        Semantics s = of(kind);
        int n = s.bits();
        boolean neg = s.hasSign() && bits.testBit(n - 1);
        int eb = exponentBits(s);
        int mb = n - eb - (s.hasSign() ? 1 : 0);
        BigInteger mantMask = BigInteger.ONE.shiftLeft(mb).subtract(BigInteger.ONE);
        BigInteger mant = bits.and(mantMask);
        int expField = bits.shiftRight(mb).intValue() & ((1 << eb) - 1);
        int allOnes = (1 << eb) - 1;
        if (s.isE8M0()) {
            if (expField == 0xFF) return Double.NaN;
            return Math.scalb(1.0, expField - 127);
        }
        switch (s.nonFinite()) {
            case IEEE -> {
                if (expField == allOnes) {
                    BigInteger frac = s.explicitIntegerBit() ? mant.clearBit(mb - 1) : mant;
                    if (frac.signum() == 0) return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                    return nanWithPayload(neg, frac, s.explicitIntegerBit() ? mb - 1 : mb);
                }
            }
            case NAN_ONLY -> {
                if (s.nan() == NanEncoding.ALL_ONES && expField == allOnes && mant.equals(mantMask)) {
                    return canonicalNaN(kind, neg);
                }
                if (s.nan() == NanEncoding.NEGATIVE_ZERO && neg && expField == 0 && mant.signum() == 0) {
                    return canonicalNaN(kind, true);
                }
            }
            case FINITE_ONLY -> { }
        }
        int e;
        BigInteger m;
        if (s.explicitIntegerBit()) {
            m = mant;
            e = (expField == 0 ? 1 : expField) - bias(s) - (mb - 1);
        } else if (expField == 0) {
            m = mant;
            e = s.minExp() - (mb);
        } else {
            m = mant.setBit(mb);
            e = expField - bias(s) - mb;
        }
        return toDouble(Exact.finite(neg, m, e));
    }

    /**
     * The common formats without BigInteger arithmetic (dense weights are large). Returns NaN when the slow path
     * must decide (NaN payloads, other formats); f64 is exact for every pattern.
     */
    public static double fromBitsFast(long bits, FloatKind kind) {
        return switch (kind) {
            case F64 -> Double.longBitsToDouble(bits);
            case F32 -> {
                float f = Float.intBitsToFloat((int) bits);
                yield Float.isNaN(f) ? Double.NaN : f;
            }
            case BF16 -> {
                float f = Float.intBitsToFloat((int) (bits << 16));
                yield Float.isNaN(f) ? Double.NaN : f;
            }
            case F16 -> {
                float f = Float.float16ToFloat((short) bits);
                yield Float.isNaN(f) ? Double.NaN : f;
            }
            default -> Double.NaN;
        };
    }

    /** The bit pattern of a non-NaN value of the common formats, or -1 when the slow path must decide. */
    public static long toBitsFast(double v, FloatKind kind) {
        if (Double.isNaN(v)) return kind == FloatKind.F64 ? Double.doubleToRawLongBits(v) : -1;
        return switch (kind) {
            case F64 -> Double.doubleToRawLongBits(v);
            case F32 -> Float.floatToRawIntBits((float) v) & 0xFFFFFFFFL;
            case BF16 -> (Float.floatToRawIntBits((float) v) >>> 16) & 0xFFFFL;
            case F16 -> Float.floatToFloat16((float) v) & 0xFFFFL;
            default -> -1;
        };
    }

    private static double nanWithPayload(boolean neg, BigInteger frac, int fracBits) {
        long payload = fracBits <= 52 ? frac.longValue() << (52 - fracBits) : frac.shiftRight(fracBits - 52).longValue();
        if (payload == 0) payload = 1L << 51;
        long b = (neg ? Long.MIN_VALUE : 0) | (0x7FFL << 52) | payload;
        return Double.longBitsToDouble(b);
    }

    /** APFloat's default (quiet) NaN of a format, as a double that {@link #toBits} maps back to it. */
    public static double canonicalNaN(FloatKind kind, boolean negative) {
        return Double.longBitsToDouble(negative ? 0xFFF8000000000000L : 0x7FF8000000000000L);
    }

    private static double nanOf(FloatKind kind, double v) {
        Semantics s = of(kind);
        if (s.nonFinite() == NonFinite.IEEE) return v;
        return canonicalNaN(kind, Double.doubleToRawLongBits(v) < 0);
    }

    /** The bit pattern of {@code v} (a value of {@code kind}) in that format, as an unsigned integer. */
    public static BigInteger toBits(double v, FloatKind kind) {
        long fast = toBitsFast(v, kind);
        if (fast != -1 || (kind == FloatKind.F64)) {
            return kind == FloatKind.F64 ? new BigInteger(Long.toUnsignedString(fast)) : BigInteger.valueOf(fast);
        }
        Semantics s = of(kind);
        int n = s.bits();
        int eb = exponentBits(s);
        int mb = n - eb - (s.hasSign() ? 1 : 0);
        long raw = Double.doubleToRawLongBits(v);
        boolean neg = raw < 0 && s.hasSign();
        BigInteger sign = neg ? BigInteger.ONE.shiftLeft(n - 1) : BigInteger.ZERO;
        int allOnes = (1 << eb) - 1;
        if (s.isE8M0()) {
            if (Double.isNaN(v)) return BigInteger.valueOf(0xFF);
            Exact x = exact(v);
            return BigInteger.valueOf(x.exp + 127);
        }
        if (Double.isNaN(v)) {
            switch (s.nan()) {
                case ALL_ONES -> {
                    return sign.or(BigInteger.ONE.shiftLeft(n - (s.hasSign() ? 1 : 0)).subtract(BigInteger.ONE));
                }
                case NEGATIVE_ZERO -> {
                    return BigInteger.ONE.shiftLeft(n - 1);
                }
                case IEEE -> {
                    int fracBits = s.explicitIntegerBit() ? mb - 1 : mb;
                    long payload = raw & ((1L << 52) - 1);
                    BigInteger frac = fracBits <= 52 ? BigInteger.valueOf(payload >>> (52 - fracBits))
                        : BigInteger.valueOf(payload).shiftLeft(fracBits - 52);
                    if (frac.signum() == 0) frac = BigInteger.ONE.shiftLeft(fracBits - 1);
                    if (s.explicitIntegerBit()) frac = frac.setBit(mb - 1);
                    return sign.or(BigInteger.valueOf(allOnes).shiftLeft(mb)).or(frac);
                }
            }
        }
        if (Double.isInfinite(v)) {
            BigInteger m = s.explicitIntegerBit() ? BigInteger.ONE.shiftLeft(mb - 1) : BigInteger.ZERO;
            return sign.or(BigInteger.valueOf(allOnes).shiftLeft(mb)).or(m);
        }
        Exact x = exact(v);
        if (x.mant.signum() == 0) return s.nan() == NanEncoding.NEGATIVE_ZERO ? BigInteger.ZERO : sign;
        int p = s.precision();
        int top = x.exp + x.mant.bitLength() - 1;
        int expField;
        BigInteger m;
        if (top < s.minExp()) {
            // denormal: scaled to the smallest normal's quantum
            int q = s.minExp() - (p - 1);
            m = x.mant.shiftLeft(x.exp - q);
            expField = 0;
        } else {
            int q = top - (p - 1);
            m = x.mant.shiftLeft(x.exp - q);
            expField = top + bias(s);
            if (!s.explicitIntegerBit()) m = m.clearBit(p - 1);
        }
        return sign.or(BigInteger.valueOf(expField).shiftLeft(mb)).or(m);
    }
}
