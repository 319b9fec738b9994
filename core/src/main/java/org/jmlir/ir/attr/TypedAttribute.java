package org.jmlir.ir.attr;

import org.jmlir.ir.type.Type;

/** An attribute that carries a type, printed with a {@code : type} suffix where the type is not implied. */
public interface TypedAttribute extends Attribute {
    Type type();
}
