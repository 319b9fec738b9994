package org.jmlir.ir.type;

/**
 * A type of a dialect that is not loaded: {@code !dialect<"data">} or pretty {@code !dialect.data}; kept verbatim so
 * that it prints back as it was written.
 */
public record OpaqueType(String dialectNamespace, String data) implements BuiltinType {
}
