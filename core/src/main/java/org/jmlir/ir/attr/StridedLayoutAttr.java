package org.jmlir.ir.attr;

import java.util.List;

/** {@code strided<[?, 1], offset: ?>}: a memref layout; dynamic values are {@link org.jmlir.ir.type.ShapedType#DYNAMIC}. */
public record StridedLayoutAttr(long offset, List<Long> strides) implements BuiltinAttribute {
    public StridedLayoutAttr { strides = List.copyOf(strides); }
}
