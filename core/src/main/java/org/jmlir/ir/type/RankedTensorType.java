package org.jmlir.ir.type;

import java.util.List;
import org.jmlir.ir.attr.Attribute;

/** {@code tensor<2x?xf32, #encoding>}; {@code encoding} may be null. */
public record RankedTensorType(List<Long> shape, Type elementType, Attribute encoding)
        implements BuiltinType, ShapedType {
    public RankedTensorType { shape = List.copyOf(shape); }

    public RankedTensorType(List<Long> shape, Type elementType) {
        this(shape, elementType, null);
    }
}
