package org.jmlir.ir.type;

import java.util.List;

/** {@code tensor<*xf32>}. */
public record UnrankedTensorType(Type elementType) implements BuiltinType, ShapedType {
    @Override public List<Long> shape() { return List.of(); }
    @Override public boolean hasRank() { return false; }
}
