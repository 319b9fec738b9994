package org.jmlir.ir.type;

import java.util.List;

/** Vectors, tensors and memrefs: an element type and, when ranked, a shape. */
public sealed interface ShapedType extends Type
    permits VectorType, RankedTensorType, UnrankedTensorType, MemRefType, UnrankedMemRefType {
    /** The marker of a dynamic dimension, as MLIR's {@code ShapedType::kDynamic}. */
    long DYNAMIC = Long.MIN_VALUE;

    Type elementType();

    /** The dimensions; empty for rank 0. Only meaningful when {@link #hasRank()}. */
    List<Long> shape();

    default boolean hasRank() { return true; }

    default int rank() { return shape().size(); }

    default boolean hasStaticShape() {
        if (!hasRank()) return false;
        for (long d : shape()) if (d == DYNAMIC) return false;
        return true;
    }

    /**
     * The number of elements of a static shape; -1 when not static. Saturates at {@link Long#MAX_VALUE}: a type such
     * as {@code tensor<4294967296x4294967296xi32>} is valid (a splat can fill it) even though its count overflows.
     */
    default long numElements() {
        if (!hasStaticShape()) return -1;
        long n = 1;
        for (long d : shape()) {
            if (d != 0 && n > Long.MAX_VALUE / d) {
                for (long e : shape()) if (e == 0) return 0;
                return Long.MAX_VALUE;
            }
            n *= d;
        }
        return n;
    }

    static boolean isDynamic(long dim) { return dim == DYNAMIC; }
}
