package org.jmlir.ods;

import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;

/**
 * A hand-written custom form for an op whose syntax the declarative format cannot express (func.func, scf.for).
 * {@code parse} starts after the op name and fills the state; {@code print} prints what follows the op name.
 */
public interface CustomAssembly {
    void parse(OpAsmParser parser, OperationState state);

    void print(Operation op, OpAsmPrinter printer);
}
