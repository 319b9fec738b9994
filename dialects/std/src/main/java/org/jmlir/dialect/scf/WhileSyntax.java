package org.jmlir.dialect.scf;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.Argument;
import org.jmlir.asm.OpAsmParser.UnresolvedOperand;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ods.CustomAssembly;

/**
 * {@code scf.while (%a = %init) : (i32) -> i32 { before } do { ^bb0(%y: i32): after } attributes {..}}. The before
 * region's arguments are bound by the assignment list; the after region spells its own block header.
 */
final class WhileSyntax implements CustomAssembly {
    @Override
    public void parse(OpAsmParser p, OperationState state) {
        List<Argument> args = new ArrayList<>();
        List<UnresolvedOperand> inits = new ArrayList<>();
        if (p.peek("(")) AsmSupport.parseAssignmentList(p, args, inits);
        p.parse(":");
        var typeLoc = p.currentLocation();
        FunctionType fn = p.parseFunctionType();
        if (fn.inputs().size() != inits.size()) {
            throw p.errorAt(typeLoc, "expected as many input types as operands (expected " + inits.size() + " got "
                + fn.inputs().size() + ")");
        }
        state.addOperands(p.resolveOperands(inits, fn.inputs()));
        state.addTypes(fn.results());
        p.parseRegion(state.addRegion(), AsmSupport.typed(args, fn.inputs()));
        p.parseKeyword("do");
        p.parseRegion(state.addRegion(), null);
        AsmSupport.addAttributes(state, p.parseOptionalAttrDictWithKeyword());
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        AsmSupport.printAssignmentList(p, " ", op.region(0).entryBlock().arguments(), op.operands());
        p.print(" : ");
        p.printFunctionalType(op.operandTypes(), op.resultTypes());
        p.print(" ");
        p.printRegion(op.region(0), false, true, false);
        p.print(" do ");
        p.printRegion(op.region(1), true, true, false);
        p.printOptionalAttrDictWithKeyword(op.attributes().entries(), List.of());
    }
}
