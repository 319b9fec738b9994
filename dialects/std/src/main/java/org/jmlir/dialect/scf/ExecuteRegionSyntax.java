package org.jmlir.dialect.scf;

import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ods.CustomAssembly;

/** {@code scf.execute_region -> (i32, f32) no_inline { ... } {attrs}}: any number of blocks, no arguments. */
final class ExecuteRegionSyntax implements CustomAssembly {
    @Override
    public void parse(OpAsmParser p, OperationState state) {
        state.addTypes(p.parseOptionalArrowTypeList());
        if (p.parseOptionalKeyword("no_inline")) state.addAttribute("no_inline", UnitAttr.UNIT);
        p.parseRegion(state.addRegion(), List.of());
        AsmSupport.addAttributes(state, p.parseOptionalAttrDict());
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        if (op.numResults() > 0) {
            p.print(" -> ");
            p.printArrowTypeList(op.resultTypes());
        }
        if (op.attr("no_inline") != null) p.print(" no_inline");
        p.print(" ");
        p.printRegion(op.region(0), false, true, false);
        p.printOpAttrDict(op, List.of("no_inline"));
    }
}
