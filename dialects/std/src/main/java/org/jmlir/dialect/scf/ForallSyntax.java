package org.jmlir.dialect.scf;

import java.util.ArrayList;
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
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ods.CustomAssembly;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Segments;

/**
 * {@code scf.forall (%i, %j) in (%n, 8) shared_outs(%o = %t) -> (tensor<8xf32>) { ... }} for normalized loops
 * (lower bounds 0, steps 1), else {@code scf.forall (%i) = (0) to (%n) step (2) { ... }}. Bounds mix SSA values and
 * integers like {@code custom<DynamicIndexList>} in parentheses.
 */
final class ForallSyntax implements CustomAssembly {
    static final List<String> ELIDED = List.of(OpDef.OPERAND_SEGMENT_SIZES, "staticLowerBound", "staticUpperBound",
        "staticStep");

    private record Bounds(List<UnresolvedOperand> values, long[] statics) {
    }

    private static Bounds parseBounds(OpAsmParser p) {
        List<UnresolvedOperand> values = new ArrayList<>();
        List<Long> statics = new ArrayList<>();
        p.parse("(");
        if (!p.parseOptional(")")) {
            do {
                UnresolvedOperand v = p.parseOptionalOperand();
                if (v != null) values.add(v);
                else statics.add(p.parseInteger().longValueExact());
                if (v != null) statics.add(ShapedType.DYNAMIC);
            } while (p.parseOptional(","));
            p.parse(")");
        }
        return new Bounds(values, statics.stream().mapToLong(Long::longValue).toArray());
    }

    private static void printBounds(OpAsmPrinter p, List<? extends Value> values, long[] statics) {
        p.print("(");
        for (int i = 0, next = 0; i < statics.length; i++) {
            if (i > 0) p.print(", ");
            if (statics[i] == ShapedType.DYNAMIC) p.printOperand(values.get(next++));
            else p.print(statics[i]);
        }
        p.print(")");
    }

    @Override
    public void parse(OpAsmParser p, OperationState state) {
        List<Argument> ivs = p.parseArgumentList(Delimiter.PAREN, false);
        Bounds lbs, ubs, steps;
        if (p.parseOptionalKeyword("in")) {
            lbs = new Bounds(List.of(), new long[ivs.size()]);
            ubs = parseBounds(p);
            long[] ones = new long[ivs.size()];
            java.util.Arrays.fill(ones, 1);
            steps = new Bounds(List.of(), ones);
        } else {
            p.parse("=");
            lbs = parseBounds(p);
            p.parseKeyword("to");
            ubs = parseBounds(p);
            p.parseKeyword("step");
            steps = parseBounds(p);
        }
        for (Bounds b : List.of(lbs, ubs, steps)) state.addOperands(AsmSupport.resolveAll(p, b.values(), IndexType.INDEX));
        List<Argument> outArgs = new ArrayList<>();
        List<UnresolvedOperand> outs = new ArrayList<>();
        if (p.parseOptionalKeyword("shared_outs")) {
            AsmSupport.parseAssignmentList(p, outArgs, outs);
            state.addTypes(p.parseOptionalArrowTypeList());
            state.addOperands(p.resolveOperands(outs, state.resultTypes));
        }
        List<Argument> args = new ArrayList<>(AsmSupport.typed(ivs, Collections.nCopies(ivs.size(), IndexType.INDEX)));
        args.addAll(AsmSupport.typed(outArgs, state.resultTypes));
        Region body = state.addRegion();
        p.parseRegion(body, args);
        AsmSupport.ensureTerminator(body, "scf.forall.in_parallel", 1, state);
        AsmSupport.addAttributes(state, p.parseOptionalAttrDict());
        state.addAttribute("staticLowerBound", DenseArrayAttr.i64(lbs.statics()));
        state.addAttribute("staticUpperBound", DenseArrayAttr.i64(ubs.statics()));
        state.addAttribute("staticStep", DenseArrayAttr.i64(steps.statics()));
        state.addAttribute(OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(lbs.values().size(), ubs.values().size(),
            steps.values().size(), outs.size()));
    }

    static long[] statics(Operation op, String name) {
        return op.attr(name) instanceof DenseArrayAttr a && a.ints() != null ? a.ints() : new long[0];
    }

    /** Lower bounds all 0 and steps all 1, statically or through arith.constant (upstream's isNormalized). */
    private static boolean isNormalized(Operation op) {
        return allEqual(statics(op, "staticLowerBound"), Segments.operands(op, "dynamicLowerBound"), 0)
            && allEqual(statics(op, "staticStep"), Segments.operands(op, "dynamicStep"), 1);
    }

    private static boolean allEqual(long[] statics, List<Value> values, long expected) {
        for (int i = 0, next = 0; i < statics.length; i++) {
            long v = statics[i];
            if (v == ShapedType.DYNAMIC) {
                Operation def = values.get(next++).definingOp();
                if (def == null || !def.name().equals("arith.constant") || !(def.attr("value") instanceof IntegerAttr c)) {
                    return false;
                }
                v = c.longValue();
            }
            if (v != expected) return false;
        }
        return true;
    }

    @Override
    public void print(Operation op, OpAsmPrinter p) {
        var body = op.region(0).entryBlock();
        int rank = statics(op, "staticLowerBound").length;
        p.print(" (");
        p.printOperands(body.arguments().subList(0, rank)).print(")");
        if (isNormalized(op)) {
            p.print(" in ");
            printBounds(p, Segments.operands(op, "dynamicUpperBound"), statics(op, "staticUpperBound"));
        } else {
            p.print(" = ");
            printBounds(p, Segments.operands(op, "dynamicLowerBound"), statics(op, "staticLowerBound"));
            p.print(" to ");
            printBounds(p, Segments.operands(op, "dynamicUpperBound"), statics(op, "staticUpperBound"));
            p.print(" step ");
            printBounds(p, Segments.operands(op, "dynamicStep"), statics(op, "staticStep"));
        }
        AsmSupport.printAssignmentList(p, " shared_outs", body.arguments().subList(rank, body.numArguments()),
            Segments.operands(op, "outputs"));
        p.print(" ");
        if (op.numResults() > 0) {
            p.print("-> (");
            p.printTypes(op.resultTypes()).print(") ");
        }
        p.printRegion(op.region(0), false, op.numResults() > 0, false);
        p.printOpAttrDict(op, ELIDED);
    }
}
