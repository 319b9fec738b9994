package org.jmlir.dialect.memref;

import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.dialect.scf.AsmSupport;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ods.CustomAssembly;

/** {@code memref.alloca_scope -> (f32) { ... } {attrs}}; upstream prints two spaces after the op name. */
final class AllocaScopeSyntax implements CustomAssembly {
    @Override
    public void parse(OpAsmParser p, OperationState state) {
        state.addTypes(p.parseOptionalArrowTypeList());
        Region body = state.addRegion();
        p.parseRegion(body, List.of());
        AsmSupport.ensureTerminator(body, "memref.alloca_scope.return", state);
        AsmSupport.addAttributes(state, p.parseOptionalAttrDict());
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        boolean hasResults = op.numResults() > 0;
        p.print(" ");
        if (hasResults) {
            p.print(" -> (");
            p.printTypes(op.resultTypes()).print(")");
        }
        p.print(" ");
        p.printRegion(op.region(0), false, hasResults, false);
        p.printOpAttrDict(op, List.of());
    }
}
