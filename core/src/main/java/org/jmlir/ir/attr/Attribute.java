package org.jmlir.ir.attr;

/**
 * An attribute: an immutable compile-time value with structural equality, interned by the
 * {@link org.jmlir.ir.Context}. Builtin attributes are the records of this package; dialects add their own through
 * {@link DialectAttribute}.
 */
public interface Attribute {
}
