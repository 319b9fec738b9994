package org.jmlir.ir.affine;

import java.util.List;

/**
 * {@code (d0)[s0] : (d0 - s0 >= 0, d0 == 0)}: a conjunction of affine constraints; {@code equalities.get(i)} tells
 * whether constraint i is {@code == 0} (else {@code >= 0}).
 */
public record IntegerSet(int numDims, int numSymbols, List<AffineExpr> constraints, List<Boolean> equalities) {
    public IntegerSet {
        constraints = List.copyOf(constraints);
        equalities = List.copyOf(equalities);
        if (constraints.size() != equalities.size()) throw new IllegalArgumentException("constraint/flag mismatch");
    }
}
