package org.jmlir.dialect.scf;

import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ods.CustomAssembly;

/** {@code scf.forall.in_parallel { ... }}: a block without terminator holding the ops that combine results. */
final class InParallelSyntax implements CustomAssembly {
    @Override
    public void parse(OpAsmParser p, OperationState state) {
        Region r = state.addRegion();
        p.parseRegion(r, List.of());
        if (r.isEmpty()) r.addBlock(new Block());
        AsmSupport.addAttributes(state, p.parseOptionalAttrDict());
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        p.print(" ");
        p.printRegion(op.region(0), false, false, false);
        p.printOpAttrDict(op, List.of());
    }
}
