package org.jmlir.ir.attr;

/** {@code unit}: presence is the information. */
public record UnitAttr() implements BuiltinAttribute {
    public static final UnitAttr UNIT = new UnitAttr();
}
