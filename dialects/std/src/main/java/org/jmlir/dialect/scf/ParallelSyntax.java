package org.jmlir.dialect.scf;

import java.util.Collections;
import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.Argument;
import org.jmlir.asm.OpAsmParser.Delimiter;
import org.jmlir.asm.OpAsmParser.UnresolvedOperand;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.CustomAssembly;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Segments;

/**
 * {@code scf.parallel (%i, %j) = (%lb0, %lb1) to (%ub0, %ub1) step (%s0, %s1) init (%x) -> f32 { ... }}. The
 * operand groups' sizes go to {@code operandSegmentSizes}, which the custom form never spells.
 */
final class ParallelSyntax implements CustomAssembly {
    @Override
    public void parse(OpAsmParser p, OperationState state) {
        List<Argument> ivs = p.parseArgumentList(Delimiter.PAREN, false);
        p.parse("=");
        List<UnresolvedOperand> lbs = p.parseOperandList(Delimiter.PAREN);
        p.parseKeyword("to");
        List<UnresolvedOperand> ubs = p.parseOperandList(Delimiter.PAREN);
        p.parseKeyword("step");
        List<UnresolvedOperand> steps = p.parseOperandList(Delimiter.PAREN);
        List<UnresolvedOperand> inits = p.parseOptionalKeyword("init") ? p.parseOperandList(Delimiter.PAREN) : List.of();
        state.addTypes(p.parseOptionalArrowTypeList());
        for (List<UnresolvedOperand> g : List.of(lbs, ubs, steps)) {
            state.addOperands(AsmSupport.resolveAll(p, g, IndexType.INDEX));
        }
        if (inits.size() != state.resultTypes.size()) {
            throw p.errorAt(state.location, "number of operands and types do not match: got " + inits.size()
                + " operands and " + state.resultTypes.size() + " types");
        }
        state.addOperands(p.resolveOperands(inits, state.resultTypes));
        state.addAttribute(OpDef.OPERAND_SEGMENT_SIZES,
            DenseArrayAttr.i32(lbs.size(), ubs.size(), steps.size(), inits.size()));
        List<Type> ivTypes = Collections.nCopies(ivs.size(), IndexType.INDEX);
        Region body = state.addRegion();
        p.parseRegion(body, AsmSupport.typed(ivs, ivTypes));
        AsmSupport.ensureTerminator(body, "scf.reduce", state);
        AsmSupport.addAttributes(state, p.parseOptionalAttrDict());
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        p.print(" (");
        p.printOperands(op.region(0).entryBlock().arguments()).print(") = (");
        p.printOperands(Segments.operands(op, "lowerBound")).print(") to (");
        p.printOperands(Segments.operands(op, "upperBound")).print(") step (");
        p.printOperands(Segments.operands(op, "step")).print(")");
        var inits = Segments.operands(op, "initVals");
        if (!inits.isEmpty()) {
            p.print(" init (");
            p.printOperands(inits).print(")");
        }
        if (op.numResults() > 0) {
            p.print(" -> ");
            p.printArrowTypeList(op.resultTypes());
        }
        p.print(" ");
        p.printRegion(op.region(0), false, true, false);
        p.printOpAttrDict(op, List.of(OpDef.OPERAND_SEGMENT_SIZES));
    }
}
