package org.jmlir.ir.affine;

import java.util.ArrayList;
import java.util.List;

/** {@code (d0, d1)[s0] -> (d0 + s0, d1)}: results as affine functions of dimensions and symbols. */
public record AffineMap(int numDims, int numSymbols, List<AffineExpr> results) {
    public AffineMap { results = List.copyOf(results); }

    public static AffineMap identity(int n) {
        List<AffineExpr> r = new ArrayList<>(n);
        for (int i = 0; i < n; i++) r.add(new AffineExpr.Dim(i));
        return new AffineMap(n, 0, r);
    }

    public static AffineMap constant(long c) {
        return new AffineMap(0, 0, List.of(new AffineExpr.Constant(c)));
    }

    public int numResults() { return results.size(); }

    public int numInputs() { return numDims + numSymbols; }

    public boolean isIdentity() {
        if (numSymbols != 0 || results.size() != numDims) return false;
        for (int i = 0; i < numDims; i++) if (!results.get(i).equals(new AffineExpr.Dim(i))) return false;
        return true;
    }

    /** True when every result is a constant. */
    public boolean isConstant() {
        for (AffineExpr e : results) if (!(e instanceof AffineExpr.Constant)) return false;
        return true;
    }

    /** True for a single constant result, as a loop bound {@code affine.for %i = 0 to 10} prints it. */
    public boolean isSingleConstant() { return results.size() == 1 && results.get(0) instanceof AffineExpr.Constant; }
}
