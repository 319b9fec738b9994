package org.jmlir.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.text.FloatFormats.Exact;
import org.jmlir.text.FloatFormats.Semantics;

/**
 * Prints float values as MLIR does: the six-digit exponent form ({@code 1.000000e-01}) when it reads back to the
 * same value, else APFloat's shortest round-tripping form when that has a decimal point, else the bit pattern in hex
 * ({@code 0x7FC00000}), which is also the spelling of NaN and infinity. The digit generation reproduces APFloat's
 * toString exactly (including its truncation and round-half-up quirks), since byte-identical output is the goal.
 */
public final class FloatPrinter {
    private FloatPrinter() {}

    /** Appends {@code v} as a value of {@code kind}; returns true when the hex form was used. */
    public static boolean print(StringBuilder out, double v, FloatKind kind) {
        v = FloatFormats.round(v, kind);
        Semantics s = FloatFormats.of(kind);
        if (!Double.isNaN(v) && !Double.isInfinite(v)) {
            Exact x = FloatFormats.exact(v);
            String six = toString(x, 6, 0, false, s.precision());
            if (readsBackTo(six, x, s)) {
                out.append(six);
                return false;
            }
            String shortest = toString(x, 0, 3, true, s.precision());
            if (shortest.indexOf('.') >= 0) {
                out.append(shortest);
                return false;
            }
        }
        out.append("0x").append(FloatFormats.toBits(v, kind).toString(16).toUpperCase(java.util.Locale.ROOT));
        return true;
    }

    public static String format(double v, FloatKind kind) {
        StringBuilder sb = new StringBuilder();
        print(sb, v, kind);
        return sb.toString();
    }

    /** APFloat(semantics, text).bitwiseIsEqual(value): decimal text rounded straight to the format. */
    private static boolean readsBackTo(String text, Exact x, Semantics s) {
        BigDecimal d = new BigDecimal(text);
        boolean neg = text.startsWith("-");
        d = d.abs();
        BigInteger num, den;
        if (d.scale() <= 0) {
            num = d.unscaledValue().multiply(BigInteger.TEN.pow(-d.scale()));
            den = BigInteger.ONE;
        } else {
            num = d.unscaledValue();
            den = BigInteger.TEN.pow(d.scale());
        }
        Exact r = FloatFormats.roundRational(neg, num, den, s);
        return r.special() == null && r.negative() == x.negative() && r.mant().equals(x.mant())
            && (r.mant().signum() == 0 || r.exp() == x.exp());
    }

    /**
     * APFloat::toString for a finite value. {@code formatPrecision} 0 means "enough digits to round-trip" for a
     * significand of {@code semPrecision} bits; {@code maxPadding} 0 forces scientific notation.
     */
    static String toString(Exact x, int formatPrecision, int maxPadding, boolean truncateZero, int semPrecision) {
        StringBuilder str = new StringBuilder();
        if (x.mant().signum() == 0) {
            if (x.negative()) str.append('-');
            if (maxPadding == 0) {
                if (truncateZero) {
                    str.append("0.0E+0");
                } else {
                    str.append("0.0");
                    if (formatPrecision > 1) str.append("0".repeat(formatPrecision - 1));
                    str.append("e+00");
                }
            } else {
                str.append('0');
            }
            return str.toString();
        }
        if (x.negative()) str.append('-');
        if (formatPrecision == 0) formatPrecision = 2 + semPrecision * 59 / 196;

        // value = sig * 10^exp once the binary exponent is folded in
        BigInteger sig = x.mant();
        int exp = x.exp();
        if (exp > 0) {
            sig = sig.shiftLeft(exp);
            exp = 0;
        } else if (exp < 0) {
            sig = sig.multiply(BigInteger.valueOf(5).pow(-exp));
        }

        // APFloat first drops whole decimal digits it knows it will not need (by truncation, not rounding)
        int bits = sig.bitLength();
        int bitsRequired = (formatPrecision * 196 + 58) / 59;
        if (bits > bitsRequired) {
            int tens = (bits - bitsRequired) * 59 / 196;
            if (tens > 0) {
                exp += tens;
                sig = sig.divide(BigInteger.TEN.pow(tens));
            }
        }

        // digits, least significant first, trailing zeros folded into the exponent
        String dec = sig.toString();
        int end = dec.length();
        while (end > 1 && dec.charAt(end - 1) == '0') {
            end--;
            exp++;
        }
        StringBuilder buffer = new StringBuilder(end);
        for (int i = end - 1; i >= 0; i--) buffer.append(dec.charAt(i));

        // round to formatPrecision significant digits, half up on the first dropped digit
        int n = buffer.length();
        if (n > formatPrecision) {
            int first = n - formatPrecision;
            if (buffer.charAt(first - 1) < '5') {
                while (first < n && buffer.charAt(first) == '0') first++;
                exp += first;
                buffer.delete(0, first);
            } else {
                int i = first;
                for (; i != n; i++) {
                    if (buffer.charAt(i) == '9') {
                        first++;
                    } else {
                        buffer.setCharAt(i, (char) (buffer.charAt(i) + 1));
                        break;
                    }
                }
                if (first == n) {
                    exp += first;
                    buffer.setLength(0);
                    buffer.append('1');
                } else {
                    exp += first;
                    buffer.delete(0, first);
                }
            }
        }
        format(str, buffer, exp, formatPrecision, maxPadding, truncateZero);
        return str.toString();
    }

    private static void format(StringBuilder str, StringBuilder buffer, int exp, int formatPrecision, int maxPadding,
                               boolean truncateZero) {
        int nDigits = buffer.length();
        boolean scientific;
        if (maxPadding == 0) {
            scientific = true;
        } else if (exp >= 0) {
            scientific = exp > maxPadding || nDigits + exp > formatPrecision;
        } else {
            int msd = exp + (nDigits - 1);
            scientific = msd < 0 && -msd > maxPadding;
        }

        if (scientific) {
            exp += nDigits - 1;
            str.append(buffer.charAt(nDigits - 1)).append('.');
            if (nDigits == 1 && truncateZero) {
                str.append('0');
            } else {
                for (int i = 1; i != nDigits; i++) str.append(buffer.charAt(nDigits - 1 - i));
            }
            if (!truncateZero && formatPrecision > nDigits - 1) {
                str.append("0".repeat(formatPrecision - nDigits + 1));
            }
            str.append(truncateZero ? 'E' : 'e');
            str.append(exp >= 0 ? '+' : '-');
            String e = Integer.toString(Math.abs(exp));
            if (!truncateZero && e.length() < 2) str.append('0');
            str.append(e);
            return;
        }

        if (exp >= 0) {
            for (int i = 0; i != nDigits; i++) str.append(buffer.charAt(nDigits - 1 - i));
            str.append("0".repeat(exp));
            return;
        }

        int nWhole = exp + nDigits;
        int i = 0;
        if (nWhole > 0) {
            for (; i != nWhole; i++) str.append(buffer.charAt(nDigits - i - 1));
            str.append('.');
        } else {
            str.append("0.");
            str.append("0".repeat(-nWhole));
        }
        for (; i != nDigits; i++) str.append(buffer.charAt(nDigits - i - 1));
    }
}
