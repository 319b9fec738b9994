package org.jmlir.dialect.memref;

import java.math.BigInteger;
import java.util.List;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.ShapedType;

/**
 * Folds of memref.rank (a ranked memref's rank) and memref.dim (a static size at a constant index, or the dynamic
 * size operand its alloc/alloca was given), as upstream folds them.
 */
final class MemRefFolders {
    private MemRefFolders() {}

    private static IntegerAttr index(long v) { return new IntegerAttr(IndexType.INDEX, BigInteger.valueOf(v)); }

    static List<OpFoldResult> rank(Operation op, List<Attribute> constants) {
        return op.operand(0).type() instanceof MemRefType m ? List.of(OpFoldResult.of(index(m.shape().size()))) : null;
    }

    static List<OpFoldResult> dim(Operation op, List<Attribute> constants) {
        if (!(constants.get(1) instanceof IntegerAttr i) || !(op.operand(0).type() instanceof MemRefType m)) return null;
        long d = i.value().longValue();
        if (d < 0 || d >= m.shape().size()) return null;
        long size = m.shape().get((int) d);
        if (!ShapedType.isDynamic(size)) return List.of(OpFoldResult.of(index(size)));
        Operation alloc = op.operand(0).definingOp();
        if (alloc == null || !(alloc.name().equals("memref.alloc") || alloc.name().equals("memref.alloca"))) return null;
        int dynamicIndex = 0;
        for (int k = 0; k < d; k++) if (ShapedType.isDynamic(m.shape().get(k))) dynamicIndex++;
        return List.of(OpFoldResult.of(alloc.operand(dynamicIndex)));
    }

    /**
     * Upstream's foldMemRefCast: operands produced by a memref.cast of a ranked memref read the cast's source
     * instead (the op stays, updated in place). {@code inner} is never replaced (a cast's own input).
     */
    static boolean foldCastOperands(Operation op, org.jmlir.ir.Value inner) {
        boolean folded = false;
        for (int i = 0; i < op.numOperands(); i++) {
            org.jmlir.ir.Value v = op.operand(i);
            Operation cast = v.definingOp();
            if (cast != null && cast.name().equals("memref.cast") && v != inner
                && !(cast.operand(0).type() instanceof org.jmlir.ir.type.UnrankedMemRefType)) {
                op.setOperand(i, cast.operand(0));
                folded = true;
            }
        }
        return folded;
    }

    /** The fold of ops whose only fold is absorbing casts of their memref operands (load, store, dealloc...). */
    static List<OpFoldResult> castOperands(Operation op, List<Attribute> constants) {
        return foldCastOperands(op, null) ? org.jmlir.ods.FoldHook.IN_PLACE : null;
    }

    /** memref.cast of a memref.cast casts the inner source directly. */
    static List<OpFoldResult> cast(Operation op, List<Attribute> constants) {
        return foldCastOperands(op, null) ? org.jmlir.ods.FoldHook.IN_PLACE : null;
    }
}
