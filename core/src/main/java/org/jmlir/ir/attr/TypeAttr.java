package org.jmlir.ir.attr;

import java.util.Objects;
import org.jmlir.ir.type.Type;

/** A type used as an attribute, printed as the bare type. */
public record TypeAttr(Type value) implements BuiltinAttribute {
    public TypeAttr { Objects.requireNonNull(value); }
}
