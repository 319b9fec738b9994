package org.jmlir.ir.type;

/** {@code none}: the unit type. */
public record NoneType() implements BuiltinType {
    public static final NoneType NONE = new NoneType();

    @Override
    public String toString() { return "none"; }
}
