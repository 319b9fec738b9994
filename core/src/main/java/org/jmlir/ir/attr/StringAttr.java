package org.jmlir.ir.attr;

import java.util.Objects;
import org.jmlir.ir.type.NoneType;
import org.jmlir.ir.type.Type;

/** {@code "text"} with an optional type ({@code none} when absent, printed without a type). */
public record StringAttr(String value, Type type) implements BuiltinAttribute, TypedAttribute {
    public StringAttr {
        Objects.requireNonNull(value);
        Objects.requireNonNull(type);
    }

    public StringAttr(String value) {
        this(value, NoneType.NONE);
    }
}
