package org.jmlir.ir.affine;

import org.jmlir.ir.affine.AffineExpr.Binary;
import org.jmlir.ir.affine.AffineExpr.Constant;
import org.jmlir.ir.affine.AffineExpr.Kind;

/**
 * Constructors of affine expressions that simplify as they build (constant folding, identities, constants moved
 * to the right), so that the parser and transforms agree on one canonical form.
 */
public final class AffineExprs {
    private AffineExprs() {}

    public static AffineExpr dim(int i) { return new AffineExpr.Dim(i); }

    public static AffineExpr sym(int i) { return new AffineExpr.Symbol(i); }

    public static AffineExpr cst(long c) { return new Constant(c); }

    public static AffineExpr add(AffineExpr a, AffineExpr b) {
        if (a instanceof Constant ca && b instanceof Constant cb) return cst(ca.value() + cb.value());
        if (a instanceof Constant && !(b instanceof Constant)) return add(b, a);
        if (b instanceof Constant cb && cb.value() == 0) return a;
        // (x + c1) + c2 -> x + (c1 + c2)
        if (b instanceof Constant cb && a instanceof Binary ba && ba.kind() == Kind.ADD && ba.rhs() instanceof Constant c1) {
            return add(ba.lhs(), cst(c1.value() + cb.value()));
        }
        // (x + c) + y -> (x + y) + c: keep the constant last
        if (!(b instanceof Constant) && a instanceof Binary ba && ba.kind() == Kind.ADD && ba.rhs() instanceof Constant c1) {
            return add(add(ba.lhs(), b), c1);
        }
        return new Binary(Kind.ADD, a, b);
    }

    public static AffineExpr mul(AffineExpr a, AffineExpr b) {
        if (a instanceof Constant ca && b instanceof Constant cb) return cst(ca.value() * cb.value());
        if (a instanceof Constant && !(b instanceof Constant)) return mul(b, a);
        if (b instanceof Constant cb) {
            if (cb.value() == 1) return a;
            if (cb.value() == 0 && a.isPureAffine()) return cst(0);
            if (a instanceof Binary ba && ba.kind() == Kind.MUL && ba.rhs() instanceof Constant c1) {
                return mul(ba.lhs(), cst(c1.value() * cb.value()));
            }
        }
        return new Binary(Kind.MUL, a, b);
    }

    public static AffineExpr sub(AffineExpr a, AffineExpr b) { return add(a, mul(b, cst(-1))); }

    public static AffineExpr neg(AffineExpr a) { return mul(a, cst(-1)); }

    public static AffineExpr floorDiv(AffineExpr a, AffineExpr b) {
        if (a instanceof Constant ca && b instanceof Constant cb && cb.value() != 0) {
            return cst(Math.floorDiv(ca.value(), cb.value()));
        }
        if (b instanceof Constant cb && cb.value() == 1) return a;
        return new Binary(Kind.FLOOR_DIV, a, b);
    }

    public static AffineExpr ceilDiv(AffineExpr a, AffineExpr b) {
        if (a instanceof Constant ca && b instanceof Constant cb && cb.value() != 0) {
            return cst(-Math.floorDiv(-ca.value(), cb.value()));
        }
        if (b instanceof Constant cb && cb.value() == 1) return a;
        return new Binary(Kind.CEIL_DIV, a, b);
    }

    public static AffineExpr mod(AffineExpr a, AffineExpr b) {
        if (a instanceof Constant ca && b instanceof Constant cb && cb.value() != 0) {
            return cst(Math.floorMod(ca.value(), cb.value()));
        }
        if (b instanceof Constant cb && cb.value() == 1) return cst(0);
        return new Binary(Kind.MOD, a, b);
    }
}
