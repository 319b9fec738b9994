package org.jmlir.ods;

import org.jmlir.ir.Operation;
import org.jmlir.ir.SymbolTableCollection;

/**
 * An op that refers to symbols (func.call, memref.get_global) checks that its references resolve, as MLIR's
 * SymbolUserOpInterface. Register with {@code OpDef.Builder.implement(SymbolUserHook.class, ...)}. The verifier calls
 * it from the nearest enclosing symbol table once everything inside that table is structurally valid; {@code tables}
 * caches symbol tables across all users of one verification.
 */
@FunctionalInterface
public interface SymbolUserHook {
    /** Reports a diagnostic and returns false when a reference does not resolve or does not fit. */
    boolean verifySymbolUses(Operation op, SymbolTableCollection tables);
}
