package org.jmlir.dialect.arith;

import static org.jmlir.ods.Constraints.FLOAT;
import static org.jmlir.ods.Constraints.SIGNLESS_INTEGER;
import static org.jmlir.ods.Constraints.SIGNLESS_INTEGER_OR_INDEX;

import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.UnrankedMemRefType;
import org.jmlir.ir.type.UnrankedTensorType;
import org.jmlir.ir.type.VectorType;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.TypeConstraint;

/** The type constraints of arith and math, with the summaries upstream's verifier messages quote. */
public final class ArithTypes {
    private ArithTypes() {}

    /** Upstream's SignlessIntegerOrIndexLike, whose summary reads "signless-integer-like". */
    public static final TypeConstraint INT_LIKE = Constraints.SIGNLESS_INTEGER_LIKE;
    public static final TypeConstraint FLOAT_LIKE = Constraints.FLOAT_LIKE;
    public static final TypeConstraint BOOL_LIKE = Constraints.BOOL_LIKE;
    /** Casts do not accept index: signless integers, vectors or tensors of them. */
    public static final TypeConstraint FIXED_INT_LIKE = Constraints.like(SIGNLESS_INTEGER,
        "signless-fixed-width-integer-like");
    /** index_cast also converts memrefs of integers and indices. */
    public static final TypeConstraint INDEX_CAST = new TypeConstraint(
        "signless-integer-like or memref of signless-integer",
        t -> INT_LIKE.test(t) || memrefOf(t, SIGNLESS_INTEGER_OR_INDEX));
    /** bitcast also converts memrefs of integers and floats. */
    public static final TypeConstraint BITCAST = new TypeConstraint(
        "signless-integer-or-float-like or memref of signless-integer or float",
        t -> INT_LIKE.test(t) || FLOAT_LIKE.test(t) || memrefOf(t, SIGNLESS_INTEGER.or(FLOAT)));

    private static boolean memrefOf(Type t, TypeConstraint element) {
        return (t instanceof MemRefType || t instanceof UnrankedMemRefType) && element.test(((ShapedType) t).elementType());
    }

    /** The element type of a vector or tensor (or memref), else the type itself (MLIR's getElementTypeOrSelf). */
    public static Type elementOrSelf(Type t) { return t instanceof ShapedType s ? s.elementType() : t; }

    /** i1 with the shape of {@code t}: what comparisons and classifications return (upstream's getI1SameShape). */
    public static Type i1SameShape(Type t) {
        return switch (t) {
            case VectorType v -> new VectorType(v.shape(), v.scalableDims(), IntegerType.I1);
            case RankedTensorType r -> new RankedTensorType(r.shape(), IntegerType.I1, r.encoding());
            case UnrankedTensorType u -> new UnrankedTensorType(IntegerType.I1);
            default -> IntegerType.I1;
        };
    }

    /** The bit width of an integer or float (element) type, or -1 (index has none). */
    public static int bitWidth(Type t) {
        Type e = elementOrSelf(t);
        if (e instanceof IntegerType i) return i.width();
        if (e instanceof FloatType f) return f.width();
        return -1;
    }

    public static boolean isIndex(Type t) { return elementOrSelf(t) instanceof IndexType; }
}
