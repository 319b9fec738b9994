package org.jmlir.ods;

import org.jmlir.ir.Operation;

/**
 * A check of one op. On failure it reports a located diagnostic (usually through
 * {@link Operation#emitOpError}) and returns false.
 */
@FunctionalInterface
public interface OpVerifier {
    boolean verify(Operation op);
}
