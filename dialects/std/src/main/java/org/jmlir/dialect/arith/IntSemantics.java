package org.jmlir.dialect.arith;

import static org.jmlir.dialect.arith.ConstAttrs.mask;
import static org.jmlir.dialect.arith.ConstAttrs.signed;

import java.math.BigInteger;

/**
 * APInt's integer operations on unsigned bit patterns of a given width, as arith's folders use them. Each returns
 * the result bits, or null where the folder declines (division by zero, signed overflow of a division, shifts by
 * the width or more: poison or undefined behaviour in MLIR, which folds none of them).
 */
public final class IntSemantics {
    private IntSemantics() {}

    /** An integer operation on bit patterns of width {@code w}. */
    @FunctionalInterface
    public interface Op {
        BigInteger apply(BigInteger a, BigInteger b, int w);
    }

    private static BigInteger wrap(BigInteger v, int w) { return v.and(mask(w)); }

    private static BigInteger min(int w) { return BigInteger.ONE.shiftLeft(w - 1); }

    private static boolean isSignedMin(BigInteger bits, int w) { return bits.equals(min(w)); }

    public static final Op ADD = (a, b, w) -> wrap(a.add(b), w);
    public static final Op SUB = (a, b, w) -> wrap(a.subtract(b), w);
    public static final Op MUL = (a, b, w) -> wrap(a.multiply(b), w);
    public static final Op AND = (a, b, w) -> a.and(b);
    public static final Op OR = (a, b, w) -> a.or(b);
    public static final Op XOR = (a, b, w) -> a.xor(b);

    public static final Op DIVU = (a, b, w) -> b.signum() == 0 ? null : a.divide(b);
    public static final Op REMU = (a, b, w) -> b.signum() == 0 ? null : a.remainder(b);
    public static final Op DIVS = (a, b, w) -> {
        if (b.signum() == 0 || isSignedMin(a, w) && b.equals(mask(w))) return null;
        return wrap(signed(a, w).divide(signed(b, w)), w);
    };
    /** srem: MIN % -1 is 0, not an overflow. */
    public static final Op REMS = (a, b, w) -> b.signum() == 0 ? null : wrap(signed(a, w).remainder(signed(b, w)), w);
    public static final Op CEILDIVU = (a, b, w) -> {
        if (b.signum() == 0) return null;
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() == 0 ? qr[0] : wrap(qr[0].add(BigInteger.ONE), w);
    };
    /**
     * Upstream negates a negative operand before dividing and declines when that overflows, so any operation with
     * the signed minimum as an operand that needs negation is not folded, though the result would fit.
     */
    public static final Op CEILDIVS = (a, b, w) -> {
        if (b.signum() == 0) return null;
        BigInteger x = signed(a, w), y = signed(b, w);
        if (x.signum() == 0) return a;
        boolean xPos = x.signum() > 0, yPos = y.signum() > 0;
        if (!xPos && isSignedMin(a, w) || !yPos && isSignedMin(b, w)) return null;
        BigInteger q;
        if (xPos == yPos) {
            BigInteger px = x.abs(), py = y.abs();
            q = px.subtract(BigInteger.ONE).divide(py).add(BigInteger.ONE);
        } else {
            q = x.abs().divide(y.abs()).negate();
        }
        return wrap(q, w);
    };
    public static final Op FLOORDIVS = (a, b, w) -> {
        if (b.signum() == 0 || isSignedMin(a, w) && b.equals(mask(w))) return null;
        BigInteger x = signed(a, w), y = signed(b, w);
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[1].signum() != 0 && (x.signum() < 0) != (y.signum() < 0) ? qr[0].subtract(BigInteger.ONE)
            : qr[0];
        return wrap(q, w);
    };

    private static boolean shiftTooFar(BigInteger b, int w) { return b.compareTo(BigInteger.valueOf(w)) >= 0; }

    public static final Op SHL = (a, b, w) -> shiftTooFar(b, w) ? null : wrap(a.shiftLeft(b.intValue()), w);
    public static final Op SHRU = (a, b, w) -> shiftTooFar(b, w) ? null : a.shiftRight(b.intValue());
    public static final Op SHRS = (a, b, w) -> shiftTooFar(b, w) ? null : wrap(signed(a, w).shiftRight(b.intValue()), w);

    public static final Op MAXS = (a, b, w) -> signed(a, w).compareTo(signed(b, w)) >= 0 ? a : b;
    public static final Op MINS = (a, b, w) -> signed(a, w).compareTo(signed(b, w)) <= 0 ? a : b;
    public static final Op MAXU = (a, b, w) -> a.compareTo(b) >= 0 ? a : b;
    public static final Op MINU = (a, b, w) -> a.compareTo(b) <= 0 ? a : b;

    /** The high half of the full product, signed or unsigned (mulsi_extended / mului_extended). */
    public static BigInteger mulHigh(BigInteger a, BigInteger b, int w, boolean isSigned) {
        BigInteger p = isSigned ? signed(a, w).multiply(signed(b, w)) : a.multiply(b);
        return wrap(p.shiftRight(w), w);
    }

    /** cmpi's predicates in upstream's order: eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge. */
    public static boolean compare(int predicate, BigInteger a, BigInteger b, int w) {
        int s = signed(a, w).compareTo(signed(b, w)), u = a.compareTo(b);
        return switch (predicate) {
            case 0 -> u == 0;
            case 1 -> u != 0;
            case 2 -> s < 0;
            case 3 -> s <= 0;
            case 4 -> s > 0;
            case 5 -> s >= 0;
            case 6 -> u < 0;
            case 7 -> u <= 0;
            case 8 -> u > 0;
            case 9 -> u >= 0;
            default -> throw new IllegalArgumentException("cmpi predicate " + predicate);
        };
    }

    /** What a cmpi predicate gives for equal operands: true for eq, sle, sge, ule, uge. */
    public static boolean compareEqualOperands(int predicate) {
        return predicate == 0 || predicate == 3 || predicate == 5 || predicate == 7 || predicate == 9;
    }

    /** The predicate with operands swapped (slt to sgt...); eq and ne stay. */
    public static int swapped(int predicate) {
        return switch (predicate) {
            case 2 -> 4; case 3 -> 5; case 4 -> 2; case 5 -> 3;
            case 6 -> 8; case 7 -> 9; case 8 -> 6; case 9 -> 7;
            default -> predicate;
        };
    }

    /** The negated predicate (eq to ne, slt to sge...). */
    public static int inverted(int predicate) {
        return switch (predicate) {
            case 0 -> 1; case 1 -> 0; case 2 -> 5; case 3 -> 4; case 4 -> 3; case 5 -> 2;
            case 6 -> 9; case 7 -> 8; case 8 -> 7; case 9 -> 6;
            default -> throw new IllegalArgumentException("cmpi predicate " + predicate);
        };
    }

    /** cmpf's predicates in upstream's order: false, oeq, ogt, oge, olt, ole, one, ord, ueq, ugt, uge, ult, ule, une, uno, true. */
    public static boolean compareFloat(int predicate, double a, double b) {
        boolean unordered = Double.isNaN(a) || Double.isNaN(b);
        return switch (predicate) {
            case 0 -> false;
            case 1 -> !unordered && a == b;
            case 2 -> !unordered && a > b;
            case 3 -> !unordered && a >= b;
            case 4 -> !unordered && a < b;
            case 5 -> !unordered && a <= b;
            case 6 -> !unordered && a != b;
            case 7 -> !unordered;
            case 8 -> unordered || a == b;
            case 9 -> unordered || a > b;
            case 10 -> unordered || a >= b;
            case 11 -> unordered || a < b;
            case 12 -> unordered || a <= b;
            case 13 -> unordered || a != b;
            case 14 -> unordered;
            case 15 -> true;
            default -> throw new IllegalArgumentException("cmpf predicate " + predicate);
        };
    }
}
