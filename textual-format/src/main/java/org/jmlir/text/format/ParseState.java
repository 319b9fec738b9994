package org.jmlir.text.format;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.OpAsmParser;
import org.jmlir.asm.OpAsmParser.UnresolvedOperand;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.jmlir.ods.ValueDef;

/**
 * What the format parser has read so far, per declared group, and the final step that turns it into the operation
 * state: type resolution, operand resolution, results, regions (with implicit terminators), successors and segment
 * sizes, all in declaration order.
 */
final class ParseState {
    final OpDef def;
    final OperationState state;
    final List<UnresolvedOperand>[] operands;
    List<UnresolvedOperand> allOperands;
    final List<Type>[] operandTypes;
    List<Type> allOperandTypes;
    final List<Type>[] resultTypes;
    List<Type> allResultTypes;
    final List<Region>[] regions;
    List<Region> allRegions;
    final List<Block>[] successors;
    List<Block> allSuccessors;
    private int[] operandCounts;

    @SuppressWarnings("unchecked")
    ParseState(OpDef def, OperationState state) {
        this.def = def;
        this.state = state;
        operands = (List<UnresolvedOperand>[]) new List<?>[def.operands().size()];
        operandTypes = (List<Type>[]) new List<?>[def.operands().size()];
        resultTypes = (List<Type>[]) new List<?>[def.results().size()];
        regions = (List<Region>[]) new List<?>[def.regions().size()];
        successors = (List<Block>[]) new List<?>[def.successors().size()];
    }

    Attribute attribute(String name) {
        Attribute a = state.properties.get(name);
        return a != null ? a : state.attributes.get(name);
    }

    int operandCount(int group) { return operandCounts[group]; }

    /** Resolves everything read into the state. */
    void finish(OpAsmParser parser, TypePlan plan) {
        operandCounts = computeOperandCounts(parser);
        @SuppressWarnings("unchecked")
        List<Type>[] spelled = (List<Type>[]) new List<?>[plan.numSlots()];
        int ng = def.operands().size();
        if (allOperandTypes != null) {
            if (allOperandTypes.size() != sum(operandCounts)) {
                throw parser.error(sum(operandCounts) + " operands present, but expected " + allOperandTypes.size());
            }
            int at = 0;
            for (int g = 0; g < ng; g++) {
                spelled[g] = allOperandTypes.subList(at, at + operandCounts[g]);
                at += operandCounts[g];
            }
        } else {
            for (int g = 0; g < ng; g++) spelled[g] = operandTypes[g];
        }
        if (allResultTypes != null) {
            int[] sizes = groupSizes(def.results(), allResultTypes.size(), attribute(OpDef.RESULT_SEGMENT_SIZES));
            if (sizes == null) throw parser.error("cannot split " + allResultTypes.size() + " result types into the result groups");
            int at = 0;
            for (int r = 0; r < sizes.length; r++) {
                spelled[ng + r] = allResultTypes.subList(at, at + sizes[r]);
                at += sizes[r];
            }
        } else {
            for (int r = 0; r < resultTypes.length; r++) spelled[ng + r] = resultTypes[r];
        }
        TypeResolver tr = new TypeResolver(plan, this, parser, spelled);
        tr.resolve();

        if (allOperands != null) {
            List<Type> flat = new ArrayList<>();
            for (int g = 0; g < ng; g++) flat.addAll(tr.types[g]);
            resolveInto(parser, allOperands, flat);
        } else {
            for (int g = 0; g < ng; g++) {
                List<UnresolvedOperand> ops = operands[g] == null ? List.of() : operands[g];
                resolveInto(parser, ops, tr.types[g]);
            }
        }
        int[] resultSizes = new int[def.results().size()];
        for (int r = 0; r < resultSizes.length; r++) {
            List<Type> ts = tr.types[ng + r];
            resultSizes[r] = ts.size();
            state.addTypes(ts);
        }
        if (def.hasOperandSegments() && allOperands == null) {
            state.addProperty(OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(toLongs(operandCounts)));
        }
        if (def.hasResultSegments() && allResultTypes == null) {
            state.addProperty(OpDef.RESULT_SEGMENT_SIZES, DenseArrayAttr.i32(toLongs(resultSizes)));
        }
        addRegions(parser);
        if (allSuccessors != null) {
            for (Block b : allSuccessors) state.addSuccessor(b);
        } else {
            for (List<Block> bs : successors) if (bs != null) for (Block b : bs) state.addSuccessor(b);
        }
    }

    private void resolveInto(OpAsmParser parser, List<UnresolvedOperand> ops, List<Type> types) {
        if (ops.isEmpty()) return;
        if (ops.size() != types.size()) {
            throw parser.error(ops.size() + " operands present, but expected " + types.size());
        }
        state.addOperands(parser.resolveOperands(ops, types));
    }

    private int[] computeOperandCounts(OpAsmParser parser) {
        int ng = def.operands().size();
        if (allOperands == null) {
            int[] c = new int[ng];
            for (int g = 0; g < ng; g++) c[g] = operands[g] == null ? 0 : operands[g].size();
            return c;
        }
        int[] c = groupSizes(def.operands(), allOperands.size(), attribute(OpDef.OPERAND_SEGMENT_SIZES));
        if (c == null) {
            throw parser.error(allOperands.size() + " operands cannot be matched to the operand groups of '"
                + def.name() + "'");
        }
        return c;
    }

    private void addRegions(OpAsmParser parser) {
        String implicit = def.implicitTerminator();
        boolean singleBlock = implicit != null || def.hasTrait(Trait.SINGLE_BLOCK);
        List<Region> all = new ArrayList<>();
        if (allRegions != null) {
            all.addAll(allRegions);
        } else {
            for (List<Region> rs : regions) if (rs != null) all.addAll(rs);
        }
        for (Region r : all) {
            if (singleBlock && r.isEmpty()) r.addBlock(new Block());
            if (implicit != null) ensureTerminator(parser, r, implicit);
        }
        if (allRegions != null) {
            for (Region r : allRegions) state.addRegion(r);
            return;
        }
        for (int g = 0; g < regions.length; g++) {
            if (regions[g] != null) for (Region r : regions[g]) state.addRegion(r);
            else if (!def.regions().get(g).variadic()) state.addRegion(new Region());
        }
    }

    /** MLIR's ensureTerminator: appends the implicit terminator to the last block if it has none. */
    private void ensureTerminator(OpAsmParser parser, Region r, String terminator) {
        Block b = r.blocks().get(r.blocks().size() - 1);
        Operation last = b.lastOp();
        if (last != null && last.hasTrait(Trait.TERMINATOR)) return;
        OperationState ts = new OperationState(parser.context().operationName(terminator), state.location);
        if (ts.name.isRegistered()) ts.name.definition().populateDefaults(ts.properties);
        b.append(Operation.create(ts));
    }

    /** Sizes of declared groups for {@code total} values: fixed ones take 1, one variadic takes the rest. */
    static int[] groupSizes(List<ValueDef> defs, int total, Attribute segments) {
        int variable = 0;
        for (ValueDef d : defs) if (d.arity().isVariable()) variable++;
        int[] out = new int[defs.size()];
        if (variable > 1) {
            if (!(segments instanceof DenseArrayAttr d) || d.ints() == null || d.size() != defs.size()) return null;
            for (int i = 0; i < out.length; i++) out[i] = (int) d.getLong(i);
            return sum(out) == total ? out : null;
        }
        int rest = total - (defs.size() - variable);
        if (rest < 0 || variable == 0 && rest != 0) return null;
        for (int i = 0; i < out.length; i++) out[i] = defs.get(i).arity().isVariable() ? rest : 1;
        return out;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) s += x;
        return s;
    }

    private static long[] toLongs(int[] a) {
        long[] l = new long[a.length];
        for (int i = 0; i < a.length; i++) l[i] = a[i];
        return l;
    }
}
