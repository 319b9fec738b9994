package org.jmlir.ir.attr;

import org.jmlir.asm.AsmPrinter;

/**
 * An attribute defined by a dialect, printed as {@code #dialect.mnemonic<params>}. Assembly formats print only the
 * parameters ({@code <nsw>}) where the attribute kind is implied by the op (MLIR's printStrippedAttrOrType).
 */
public interface DialectAttribute extends Attribute {
    String dialectNamespace();

    String mnemonic();

    /** Prints what follows the mnemonic, e.g. {@code <nsw, nuw>}. */
    void printParameters(AsmPrinter printer);
}
