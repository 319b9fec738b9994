package org.jmlir.ir.type;

/** {@code index}: a platform-sized signless integer used for sizes and subscripts. */
public record IndexType() implements BuiltinType {
    public static final IndexType INDEX = new IndexType();

    @Override
    public String toString() { return "index"; }
}
