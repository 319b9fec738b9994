package org.jmlir.ods;

import org.jmlir.ir.attr.Attribute;

/**
 * A declared inherent attribute (an MLIR property). A {@code defaultValue} is materialized when the op is built or
 * parsed without the attribute, as MLIR's DefaultValuedAttr does; {@code optional} attributes may be absent.
 */
public record AttrDef(String name, AttrConstraint constraint, boolean optional, Attribute defaultValue) {
    public boolean isRequired() { return !optional && defaultValue == null; }
}
