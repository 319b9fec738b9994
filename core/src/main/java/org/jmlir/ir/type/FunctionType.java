package org.jmlir.ir.type;

import java.util.List;

/** {@code (T1, T2) -> (R1, R2)}. */
public record FunctionType(List<Type> inputs, List<Type> results) implements BuiltinType {
    public FunctionType {
        inputs = List.copyOf(inputs);
        results = List.copyOf(results);
    }
}
