package org.jmlir.passes;

import org.jmlir.ir.Dialect;
import org.jmlir.ir.attr.Attribute;

/**
 * The value lattice of sparse constant propagation (MLIR's Lattice&lt;ConstantValue&gt;): not yet known
 * (uninitialized: no path reaching it was found live), one constant (with the dialect that can materialize it),
 * or overdefined (any value). Joins only go up.
 */
record ConstantLattice(Kind kind, Attribute value, Dialect dialect) {
    enum Kind { UNINITIALIZED, CONSTANT, OVERDEFINED }

    static final ConstantLattice UNINITIALIZED = new ConstantLattice(Kind.UNINITIALIZED, null, null);
    static final ConstantLattice OVERDEFINED = new ConstantLattice(Kind.OVERDEFINED, null, null);

    static ConstantLattice constant(Attribute value, Dialect dialect) {
        return new ConstantLattice(Kind.CONSTANT, value, dialect);
    }

    boolean isUninitialized() { return kind == Kind.UNINITIALIZED; }

    boolean isConstant() { return kind == Kind.CONSTANT; }

    /** The least upper bound: equal constants stay, different ones (or different dialects) are overdefined. */
    ConstantLattice join(ConstantLattice other) {
        if (other.isUninitialized() || kind == Kind.OVERDEFINED) return this;
        if (isUninitialized() || other.kind == Kind.OVERDEFINED) return other;
        return value.equals(other.value) && dialect == other.dialect ? this : OVERDEFINED;
    }
}
