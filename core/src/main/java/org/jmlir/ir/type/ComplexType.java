package org.jmlir.ir.type;

import java.util.Objects;

/** {@code complex<T>} with an integer or float element type. */
public record ComplexType(Type elementType) implements BuiltinType {
    public ComplexType { Objects.requireNonNull(elementType); }
}
