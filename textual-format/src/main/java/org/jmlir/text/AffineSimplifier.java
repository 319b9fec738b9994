package org.jmlir.text;

import org.jmlir.ir.affine.AffineExpr;
import org.jmlir.ir.affine.AffineExpr.Binary;
import org.jmlir.ir.affine.AffineExpr.Constant;
import org.jmlir.ir.affine.AffineExpr.Dim;
import org.jmlir.ir.affine.AffineExpr.Kind;
import org.jmlir.ir.affine.AffineExpr.Symbol;

/**
 * Builds affine expressions with exactly the simplifications MLIR's AffineExpr operators perform (simplifyAdd,
 * simplifyMul, simplifyFloorDiv, simplifyCeilDiv, simplifyMod in mlir/lib/IR/AffineExpr.cpp), so that a parsed map
 * prints as mlir-opt prints it. Core's {@code AffineExprs} does a subset; what this adds is listed in
 * textual-format's notes so that core can adopt it.
 *
 * <p>Observed in MLIR 22 and reproduced here: a sum or product of two dims (or two symbols) puts the lower position
 * first ({@code d1 + d0} becomes {@code d0 + d1}, {@code s1 * s0} becomes {@code s0 * s1}).
 */
public final class AffineSimplifier {
    private AffineSimplifier() {}

    public static AffineExpr cst(long v) { return new Constant(v); }

    public static AffineExpr add(AffineExpr lhs, AffineExpr rhs) {
        AffineExpr s = simplifyAdd(lhs, rhs);
        return s != null ? s : new Binary(Kind.ADD, lhs, rhs);
    }

    public static AffineExpr mul(AffineExpr lhs, AffineExpr rhs) {
        AffineExpr s = simplifyMul(lhs, rhs);
        return s != null ? s : new Binary(Kind.MUL, lhs, rhs);
    }

    public static AffineExpr neg(AffineExpr e) { return mul(e, cst(-1)); }

    public static AffineExpr sub(AffineExpr lhs, AffineExpr rhs) { return add(lhs, neg(rhs)); }

    public static AffineExpr floorDiv(AffineExpr lhs, AffineExpr rhs) {
        AffineExpr s = simplifyFloorDiv(lhs, rhs);
        return s != null ? s : new Binary(Kind.FLOOR_DIV, lhs, rhs);
    }

    public static AffineExpr ceilDiv(AffineExpr lhs, AffineExpr rhs) {
        AffineExpr s = simplifyCeilDiv(lhs, rhs);
        return s != null ? s : new Binary(Kind.CEIL_DIV, lhs, rhs);
    }

    public static AffineExpr mod(AffineExpr lhs, AffineExpr rhs) {
        AffineExpr s = simplifyMod(lhs, rhs);
        return s != null ? s : new Binary(Kind.MOD, lhs, rhs);
    }

    /** Dims (or symbols) of a commutative op ordered by position. */
    private static boolean outOfOrder(AffineExpr lhs, AffineExpr rhs) {
        if (lhs instanceof Dim a && rhs instanceof Dim b) return a.position() > b.position();
        if (lhs instanceof Symbol a && rhs instanceof Symbol b) return a.position() > b.position();
        return false;
    }

    private static boolean isKind(AffineExpr e, Kind k) { return e instanceof Binary b && b.kind() == k; }

    private static AffineExpr simplifyAdd(AffineExpr lhs, AffineExpr rhs) {
        if (lhs instanceof Constant a && rhs instanceof Constant b) return cst(a.value() + b.value());
        if (lhs instanceof Constant || (lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant())) {
            return add(rhs, lhs);
        }
        if (outOfOrder(lhs, rhs)) return add(rhs, lhs);
        Constant rc = rhs instanceof Constant c ? c : null;
        if (rc != null && rc.value() == 0) return lhs;
        Binary lBin = lhs instanceof Binary b ? b : null;
        // (d0 + 2) + 3 -> d0 + 5
        if (lBin != null && rc != null && lBin.kind() == Kind.ADD && lBin.rhs() instanceof Constant lrhs) {
            return add(lBin.lhs(), cst(lrhs.value() + rc.value()));
        }
        // c1 * e + c2 * e -> (c1 + c2) * e
        AffineExpr first = lhs, second = rhs;
        long c1 = 1, c2 = 1;
        if (lBin != null && lBin.kind() == Kind.MUL && lBin.rhs() instanceof Constant k) {
            c1 = k.value();
            first = lBin.lhs();
        }
        Binary rBin = rhs instanceof Binary b ? b : null;
        if (rBin != null && rBin.kind() == Kind.MUL && rBin.rhs() instanceof Constant k) {
            c2 = k.value();
            second = rBin.lhs();
        }
        if (first.equals(second)) return mul(first, cst(c1 + c2));
        // (d0 + 2) + d1 -> (d0 + d1) + 2
        if (lBin != null && lBin.kind() == Kind.ADD && lBin.rhs() instanceof Constant lrhs) {
            return add(add(lBin.lhs(), rhs), lrhs);
        }
        // e - q * (e floordiv q) -> e mod q
        if (rBin == null) return null;
        AffineExpr lrhs = rBin.lhs(), rrhs = rBin.rhs();
        if (rrhs instanceof Constant m1 && m1.value() == -1 && isKind(lrhs, Kind.MUL)) {
            Binary lrhsBin = (Binary) lrhs;
            AffineExpr llrhs = lrhsBin.lhs(), rlrhs = lrhsBin.rhs();
            if (!isKind(llrhs, Kind.FLOOR_DIV)) return null;
            Binary fd = (Binary) llrhs;
            if (fd.rhs().equals(rlrhs) && lhs.equals(fd.lhs())) return mod(lhs, rlrhs);
        }
        // e + (e floordiv c) * -c -> e mod c, for a positive constant c
        if (rBin.kind() != Kind.MUL || !isKind(lrhs, Kind.FLOOR_DIV)) return null;
        Binary fd = (Binary) lrhs;
        boolean positive = fd.rhs() instanceof Constant q && q.value() > 0;
        if (positive && lhs.equals(fd.lhs()) && fd.rhs().equals(neg(rrhs))) return mod(lhs, fd.rhs());
        // (a + b) + (x floordiv q) * c: try the pattern on b + (x floordiv q) * c (observed in MLIR 22, which
        // then also moves a symbolic b after the product: (d1 + s0) - d0 floordiv 3 is d1 + (-(d0 floordiv 3) + s0))
        if (lBin != null && lBin.kind() == Kind.ADD) {
            AffineExpr inner = simplifyAdd(lBin.rhs(), rhs);
            if (inner != null) return add(lBin.lhs(), inner);
        }
        return null;
    }

    private static AffineExpr simplifyMul(AffineExpr lhs, AffineExpr rhs) {
        if (lhs instanceof Constant a && rhs instanceof Constant b) return cst(a.value() * b.value());
        if (!lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant()) return null; // not affine: keep as written
        if (!rhs.isSymbolicOrConstant() || lhs instanceof Constant) return mul(rhs, lhs);
        if (outOfOrder(lhs, rhs)) return mul(rhs, lhs);
        Constant rc = rhs instanceof Constant c ? c : null;
        if (rc != null) {
            if (rc.value() == 1) return lhs;
            if (rc.value() == 0) return rc;
        }
        Binary lBin = lhs instanceof Binary b ? b : null;
        // (d0 * 2) * 3 -> d0 * 6
        if (lBin != null && rc != null && lBin.kind() == Kind.MUL && lBin.rhs() instanceof Constant lrhs) {
            return mul(lBin.lhs(), cst(lrhs.value() * rc.value()));
        }
        // (d0 * 2) * d1 -> (d0 * d1) * 2
        if (lBin != null && lBin.kind() == Kind.MUL && lBin.rhs() instanceof Constant lrhs) {
            return mul(mul(lBin.lhs(), rhs), lrhs);
        }
        return null;
    }

    /** Any non-zero constant divisor simplifies (as MLIR 22 does), a negative one included. */
    private static AffineExpr simplifyFloorDiv(AffineExpr lhs, AffineExpr rhs) {
        if (!(rhs instanceof Constant rc) || rc.value() == 0) return null;
        long c = rc.value();
        if (lhs instanceof Constant lc) return cst(Math.floorDiv(lc.value(), c));
        if (c == 1) return lhs;
        if (lhs instanceof Binary lBin && lBin.kind() == Kind.MUL && lBin.rhs() instanceof Constant lrhs
            && lrhs.value() % c == 0) {
            return mul(lBin.lhs(), cst(lrhs.value() / c));
        }
        if (lhs instanceof Binary lBin && lBin.kind() == Kind.ADD) {
            long l = largestKnownDivisor(lBin.lhs()), r = largestKnownDivisor(lBin.rhs());
            if (l % c == 0 || r % c == 0) return add(floorDiv(lBin.lhs(), rhs), floorDiv(lBin.rhs(), rhs));
        }
        return null;
    }

    private static AffineExpr simplifyCeilDiv(AffineExpr lhs, AffineExpr rhs) {
        if (!(rhs instanceof Constant rc) || rc.value() == 0) return null;
        long c = rc.value();
        if (lhs instanceof Constant lc) return cst(-Math.floorDiv(-lc.value(), c));
        if (c == 1) return lhs;
        if (lhs instanceof Binary lBin && lBin.kind() == Kind.MUL && lBin.rhs() instanceof Constant lrhs
            && lrhs.value() % c == 0) {
            return mul(lBin.lhs(), cst(lrhs.value() / c));
        }
        return null;
    }

    private static AffineExpr simplifyMod(AffineExpr lhs, AffineExpr rhs) {
        if (!(rhs instanceof Constant rc) || rc.value() < 1) return null;
        long c = rc.value();
        if (lhs instanceof Constant lc) return cst(Math.floorMod(lc.value(), c));
        if (largestKnownDivisor(lhs) % c == 0) return cst(0);
        if (lhs instanceof Binary lBin && lBin.kind() == Kind.ADD) {
            long l = largestKnownDivisor(lBin.lhs()), r = largestKnownDivisor(lBin.rhs());
            if (l % c == 0) return mod(lBin.rhs(), rhs);
            if (r % c == 0) return mod(lBin.lhs(), rhs);
        }
        // (e mod a) mod b -> e mod b when b divides a
        if (lhs instanceof Binary lBin && lBin.kind() == Kind.MOD && lBin.rhs() instanceof Constant a
            && a.value() >= 1 && Math.floorMod(a.value(), c) == 0) {
            return mod(lBin.lhs(), rhs);
        }
        return null;
    }

    /** MLIR's getLargestKnownDivisor. */
    public static long largestKnownDivisor(AffineExpr e) {
        return switch (e) {
            case Dim d -> 1;
            case Symbol s -> 1;
            case Constant c -> Math.abs(c.value());
            case Binary b -> switch (b.kind()) {
                case MUL -> largestKnownDivisor(b.lhs()) * largestKnownDivisor(b.rhs());
                case ADD, MOD -> gcd(largestKnownDivisor(b.lhs()), largestKnownDivisor(b.rhs()));
                case FLOOR_DIV, CEIL_DIV -> {
                    if (b.rhs() instanceof Constant c && c.value() != 0) {
                        long l = largestKnownDivisor(b.lhs());
                        if (l % c.value() == 0) yield l / c.value();
                    }
                    yield 1;
                }
            };
        };
    }

    private static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
