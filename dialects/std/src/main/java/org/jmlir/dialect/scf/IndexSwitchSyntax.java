package org.jmlir.dialect.scf;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ods.CustomAssembly;

/**
 * {@code scf.index_switch %i {attrs} -> i32 case 2 { ... } default { ... }}: upstream's declarative format with its
 * {@code custom<SwitchCases>} directive, written out. Regions are stored default first, then the cases in order.
 */
final class IndexSwitchSyntax implements CustomAssembly {
    @Override
    public void parse(OpAsmParser p, OperationState state) {
        state.addOperand(p.resolveOperand(p.parseOperand(), IndexType.INDEX));
        AsmSupport.addAttributes(state, p.parseOptionalAttrDict());
        if (p.parseOptional("->")) {
            do state.addType(p.parseType()); while (p.parseOptional(","));
        }
        List<Long> cases = new ArrayList<>();
        List<Region> caseRegions = new ArrayList<>();
        while (p.parseOptionalKeyword("case")) {
            cases.add(p.parseInteger().longValueExact());
            Region r = new Region();
            // Upstream's custom<SwitchCases> gives case regions no implicit terminator: `case 1 {}` stays empty.
            p.parseRegion(r, List.of());
            caseRegions.add(r);
        }
        state.addAttribute("cases", DenseArrayAttr.i64(cases.stream().mapToLong(Long::longValue).toArray()));
        p.parseKeyword("default");
        Region dflt = state.addRegion();
        p.parseRegion(dflt, List.of());
        AsmSupport.ensureTerminator(dflt, "scf.yield", state);
        caseRegions.forEach(state::addRegion);
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        p.print(" ");
        p.printOperand(op.operand(0));
        p.printOpAttrDict(op, List.of("cases"));
        if (op.numResults() > 0) {
            p.print(" -> ");
            p.printTypes(op.resultTypes());
        }
        // The format puts a space before the custom directive even when it prints a newline first.
        p.print(" ");
        DenseArrayAttr cases = (DenseArrayAttr) op.attr("cases");
        for (int i = 0; i < cases.size(); i++) {
            p.printNewline().print("case " + cases.getLong(i) + " ");
            p.printRegion(op.region(i + 1), false, true, false);
        }
        p.printNewline().print("default ");
        Operation term = AsmSupport.terminatorOf(op.region(0));
        boolean printTerminator = term == null || term.numOperands() > 0 || !term.attributes().isEmpty();
        p.printRegion(op.region(0), true, printTerminator, false);
    }
}
