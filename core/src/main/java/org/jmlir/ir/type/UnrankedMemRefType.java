package org.jmlir.ir.type;

import java.util.List;
import org.jmlir.ir.attr.Attribute;

/** {@code memref<*xf32, 1>}; {@code memorySpace} may be null. */
public record UnrankedMemRefType(Type elementType, Attribute memorySpace) implements BuiltinType, ShapedType {
    @Override public List<Long> shape() { return List.of(); }
    @Override public boolean hasRank() { return false; }
}
