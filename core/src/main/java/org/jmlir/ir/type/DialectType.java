package org.jmlir.ir.type;

import org.jmlir.asm.AsmPrinter;

/**
 * A type defined by a dialect, printed as {@code !dialect.mnemonic<params>}. Assembly formats print only the
 * parameters ("stripped" form, as MLIR's printStrippedAttrOrType) where the type is implied.
 */
public interface DialectType extends Type {
    /** The namespace of the dialect that owns this type. */
    String dialectNamespace();

    String mnemonic();

    /** Prints what follows the mnemonic, e.g. {@code <4, f32>}; nothing for a parameterless type. */
    void printParameters(AsmPrinter printer);
}
