package org.jmlir.ir.type;

import java.util.Collections;
import java.util.List;

/** {@code vector<4x[8]xf32>}: a static shape whose dimensions may be scalable. */
public record VectorType(List<Long> shape, List<Boolean> scalableDims, Type elementType)
        implements BuiltinType, ShapedType {
    public VectorType {
        shape = List.copyOf(shape);
        scalableDims = scalableDims == null || scalableDims.isEmpty()
            ? Collections.nCopies(shape.size(), false) : List.copyOf(scalableDims);
        if (scalableDims.size() != shape.size()) throw new IllegalArgumentException("scalable dims do not match rank");
    }

    public VectorType(List<Long> shape, Type elementType) {
        this(shape, null, elementType);
    }

    public boolean isScalable() { return scalableDims.contains(true); }
}
