package org.jmlir.ir;

import org.jmlir.ir.type.Type;

/** The state shared by both kinds of value: the type and the head of the use list. */
abstract sealed class ValueImpl permits OpResult, BlockArgument {
    Type type;
    OpOperand firstUse;

    ValueImpl(Type type) {
        this.type = java.util.Objects.requireNonNull(type, "value type");
    }

    public final Type type() { return type; }

    public final void setType(Type type) { this.type = java.util.Objects.requireNonNull(type); }

    public final OpOperand firstUse() { return firstUse; }
}
