package org.jmlir.ir.attr;

import org.jmlir.ir.type.Type;

/**
 * An attribute of a dialect that is not loaded, {@code #dialect<"data">} or pretty {@code #dialect.data}, kept
 * verbatim so that it prints back as written. {@code type} is {@code none} when absent.
 */
public record OpaqueAttr(String dialectNamespace, String data, Type type) implements BuiltinAttribute, TypedAttribute {
}
