package org.jmlir.ir.type;

import java.util.List;

/** {@code tuple<T1, T2>}. */
public record TupleType(List<Type> types) implements BuiltinType {
    public TupleType { types = List.copyOf(types); }
}
