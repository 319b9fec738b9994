package org.jmlir.dialect.scf;

import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ods.CustomAssembly;

/**
 * {@code scf.if %c -> (i32) { ... } else { ... } {attrs}}. The else region is printed only when it has a block; an
 * operand-less terminator is left out when the op has no results.
 */
final class IfSyntax implements CustomAssembly {
    @Override
    public void parse(OpAsmParser p, OperationState state) {
        state.addOperand(p.resolveOperand(p.parseOperand(), IntegerType.I1));
        state.addTypes(p.parseOptionalArrowTypeList());
        Region then = state.addRegion();
        p.parseRegion(then, List.of());
        AsmSupport.ensureTerminator(then, "scf.yield", state);
        Region otherwise = state.addRegion();
        if (p.parseOptionalKeyword("else")) {
            p.parseRegion(otherwise, List.of());
            AsmSupport.ensureTerminator(otherwise, "scf.yield", state);
        }
        AsmSupport.addAttributes(state, p.parseOptionalAttrDict());
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        boolean hasResults = op.numResults() > 0;
        p.print(" ");
        p.printOperand(op.operand(0));
        if (hasResults) {
            p.print(" -> (");
            p.printTypes(op.resultTypes()).print(")");
        }
        p.print(" ");
        p.printRegion(op.region(0), false, hasResults, false);
        if (!op.region(1).isEmpty()) {
            p.print(" else ");
            p.printRegion(op.region(1), false, hasResults, false);
        }
        p.printOpAttrDict(op, List.of());
    }
}
