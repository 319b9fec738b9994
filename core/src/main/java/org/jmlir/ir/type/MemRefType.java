package org.jmlir.ir.type;

import java.util.List;
import org.jmlir.ir.attr.Attribute;

/**
 * {@code memref<4x?xf32, strided<[?, 1], offset: ?>, 1>}. {@code layout} is null (identity), an
 * {@link org.jmlir.ir.attr.AffineMapAttr} or a {@link org.jmlir.ir.attr.StridedLayoutAttr}; {@code memorySpace}
 * is null (default) or any attribute.
 */
public record MemRefType(List<Long> shape, Type elementType, Attribute layout, Attribute memorySpace)
        implements BuiltinType, ShapedType {
    public MemRefType { shape = List.copyOf(shape); }

    public MemRefType(List<Long> shape, Type elementType) {
        this(shape, elementType, null, null);
    }
}
