package org.jmlir.ir.type;

/**
 * A type. Types are immutable values with structural equality; the {@link org.jmlir.ir.Context} interns them so
 * that equal types are usually the same instance. Builtin types are the records of this package; dialects add
 * their own through {@link DialectType}.
 */
public interface Type {
}
