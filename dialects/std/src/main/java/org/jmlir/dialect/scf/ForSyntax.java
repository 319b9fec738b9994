package org.jmlir.dialect.scf;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.Argument;
import org.jmlir.asm.OpAsmParser.UnresolvedOperand;
import org.jmlir.asm.OpAsmPrinter;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.CustomAssembly;

/**
 * {@code scf.for %iv = %lb to %ub step %s iter_args(%acc = %init) -> (f32) : i32 { ... } {attrs}}. The induction
 * variable's type follows a colon only when it is not {@code index}; the terminator is left out when it yields
 * nothing.
 */
final class ForSyntax implements CustomAssembly {
    @Override
    public void parse(OpAsmParser p, OperationState state) {
        Argument iv = p.parseArgument(false, false);
        p.parse("=");
        UnresolvedOperand lb = p.parseOperand();
        p.parseKeyword("to");
        UnresolvedOperand ub = p.parseOperand();
        p.parseKeyword("step");
        UnresolvedOperand step = p.parseOperand();

        List<Argument> iterArgs = new ArrayList<>();
        List<UnresolvedOperand> inits = new ArrayList<>();
        if (p.parseOptionalKeyword("iter_args")) {
            AsmSupport.parseAssignmentList(p, iterArgs, inits);
            state.addTypes(AsmSupport.parseArrowTypeList(p));
        }
        Type ivType = p.parseOptional(":") ? p.parseType() : IndexType.INDEX;
        state.addOperand(p.resolveOperand(lb, ivType));
        state.addOperand(p.resolveOperand(ub, ivType));
        state.addOperand(p.resolveOperand(step, ivType));
        if (iterArgs.size() != state.resultTypes.size()) {
            throw p.errorAt(state.location, "mismatch in number of loop-carried values and defined values");
        }
        state.addOperands(p.resolveOperands(inits, state.resultTypes));

        List<Argument> args = new ArrayList<>();
        args.add(AsmSupport.typed(iv, ivType));
        args.addAll(AsmSupport.typed(iterArgs, state.resultTypes));
        Region body = state.addRegion();
        p.parseRegion(body, args);
        AsmSupport.ensureTerminator(body, "scf.yield", state);
        AsmSupport.addAttributes(state, p.parseOptionalAttrDict());
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        Block body = op.region(0).entryBlock();
        p.print(" ");
        p.printOperand(body.argument(0)).print(" = ");
        p.printOperand(op.operand(0)).print(" to ");
        p.printOperand(op.operand(1)).print(" step ");
        p.printOperand(op.operand(2));
        boolean hasIterArgs = op.numOperands() > 3;
        if (hasIterArgs) {
            AsmSupport.printAssignmentList(p, " iter_args", body.arguments().subList(1, body.numArguments()),
                op.operands().subList(3, op.numOperands()));
            p.print(" -> (");
            p.printTypes(op.resultTypes()).print(")");
        }
        // Upstream prints a space here and another before the colon, hence "step %s  : i32".
        p.print(" ");
        Type ivType = body.argument(0).type();
        if (!(ivType instanceof IndexType)) p.print(" : ").printType(ivType).print(" ");
        p.printRegion(op.region(0), false, hasIterArgs, false);
        p.printOpAttrDict(op, List.of());
    }
}
