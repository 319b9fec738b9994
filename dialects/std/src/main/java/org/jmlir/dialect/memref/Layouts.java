package org.jmlir.dialect.memref;

import static org.jmlir.ir.type.ShapedType.DYNAMIC;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jmlir.ir.affine.AffineExpr;
import org.jmlir.ir.affine.AffineMap;
import org.jmlir.ir.attr.AffineMapAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.StridedLayoutAttr;
import org.jmlir.ir.type.MemRefType;

/**
 * The strided view of memref layouts that MLIR's {@code getStridesAndOffset} gives: identity layouts are row-major,
 * {@code strided<...>} says it directly, and single-result affine maps are read as {@code offset + sum(d_i * s_i)}.
 * Dynamic values are {@link org.jmlir.ir.type.ShapedType#DYNAMIC}; arithmetic saturates to dynamic as MLIR's
 * {@code SaturatedInteger} does (except that anything times a static zero is zero).
 */
final class Layouts {
    private Layouts() {}

    /** Strides and offset of a memref type. */
    record Strided(long[] strides, long offset) {
        @Override public boolean equals(Object o) {
            return o instanceof Strided s && Arrays.equals(strides, s.strides) && offset == s.offset;
        }

        @Override public int hashCode() { return Arrays.hashCode(strides) * 31 + Long.hashCode(offset); }
    }

    static boolean isIdentity(MemRefType t) {
        return t.layout() == null || t.layout() instanceof AffineMapAttr m && m.value().isIdentity();
    }

    static long add(long a, long b) { return a == DYNAMIC || b == DYNAMIC ? DYNAMIC : a + b; }

    static long mul(long a, long b) {
        if (a == 0 || b == 0) return 0;
        return a == DYNAMIC || b == DYNAMIC ? DYNAMIC : a * b;
    }

    /** Row-major strides of a shape; a dynamic size makes every stride to its left dynamic. */
    static long[] canonicalStrides(List<Long> shape) {
        long[] s = new long[shape.size()];
        long running = 1;
        for (int i = shape.size() - 1; i >= 0; i--) {
            s[i] = running;
            running = running == DYNAMIC || shape.get(i) == DYNAMIC ? DYNAMIC : running * shape.get(i);
        }
        return s;
    }

    /** The strides and offset of {@code t}, or null if its layout is not strided. */
    static Strided stridesAndOffset(MemRefType t) {
        if (isIdentity(t)) return new Strided(canonicalStrides(t.shape()), 0);
        if (t.layout() instanceof StridedLayoutAttr s) {
            return new Strided(s.strides().stream().mapToLong(Long::longValue).toArray(), s.offset());
        }
        if (t.layout() instanceof AffineMapAttr m) return fromAffineMap(m.value(), t.rank());
        return null;
    }

    /** Reads {@code c0 + sum(c_i * d_i)} (symbols making a term dynamic); null for anything else. */
    private static Strided fromAffineMap(AffineMap map, int rank) {
        if (map.numResults() != 1 || map.numDims() != rank) return null;
        long[] strides = new long[rank];
        long[] offset = {0};
        if (!collect(map.results().get(0), 1, strides, offset)) return null;
        return new Strided(strides, offset[0]);
    }

    private static boolean collect(AffineExpr e, long factor, long[] strides, long[] offset) {
        switch (e) {
            case AffineExpr.Constant c -> offset[0] = add(offset[0], mul(factor, c.value()));
            case AffineExpr.Symbol s -> offset[0] = add(offset[0], mul(factor, DYNAMIC));
            case AffineExpr.Dim d -> strides[d.position()] = add(strides[d.position()], factor);
            case AffineExpr.Binary b -> {
                switch (b.kind()) {
                    case ADD -> {
                        return collect(b.lhs(), factor, strides, offset) && collect(b.rhs(), factor, strides, offset);
                    }
                    case MUL -> {
                        Long k = constantOrSymbol(b.rhs());
                        AffineExpr other = b.lhs();
                        if (k == null) {
                            k = constantOrSymbol(b.lhs());
                            other = b.rhs();
                        }
                        return k != null && collect(other, mul(factor, k), strides, offset);
                    }
                    default -> {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** A constant's value, DYNAMIC for a symbol-only expression, null otherwise. */
    private static Long constantOrSymbol(AffineExpr e) {
        if (e instanceof AffineExpr.Constant c) return c.value();
        return e.isSymbolicOrConstant() ? DYNAMIC : null;
    }

    /** How many symbol operands an allocation of {@code t} takes: the symbols of its layout map. */
    static int numLayoutSymbols(MemRefType t) {
        if (isIdentity(t)) return 0;
        if (t.layout() instanceof AffineMapAttr m) return m.value().numSymbols();
        if (t.layout() instanceof StridedLayoutAttr s) {
            // A strided layout's affine form has one symbol per dynamic offset or stride.
            int n = s.offset() == DYNAMIC ? 1 : 0;
            for (long st : s.strides()) if (st == DYNAMIC) n++;
            return n;
        }
        return 0;
    }

    static int numDynamicDims(MemRefType t) {
        int n = 0;
        for (long d : t.shape()) if (d == DYNAMIC) n++;
        return n;
    }

    static StridedLayoutAttr strided(long offset, long[] strides) {
        List<Long> l = new ArrayList<>(strides.length);
        for (long s : strides) l.add(s);
        return new StridedLayoutAttr(offset, l);
    }

    static MemRefType withLayout(MemRefType t, List<Long> shape, Attribute layout) {
        return new MemRefType(shape, t.elementType(), layout, t.memorySpace());
    }
}
