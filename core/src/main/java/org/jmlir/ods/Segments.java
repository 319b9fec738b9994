package org.jmlir.ods;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;

/**
 * Maps declared operand/result groups to positions, as MLIR's ODS does: with one variable-length group it takes
 * whatever the fixed groups leave; with several, the {@code operandSegmentSizes} property gives each size.
 */
public final class Segments {
    private Segments() {}

    /** [start, length] of operand group {@code group}; null if the counts cannot be matched to the declaration. */
    public static int[] operandRange(Operation op, int group) {
        OpDef def = op.definition();
        return range(def.operands(), op.numOperands(), op.attr(OpDef.OPERAND_SEGMENT_SIZES), group);
    }

    public static int[] resultRange(Operation op, int group) {
        OpDef def = op.definition();
        return range(def.results(), op.numResults(), op.attr(OpDef.RESULT_SEGMENT_SIZES), group);
    }

    /** The operands of a named group. */
    public static List<Value> operands(Operation op, String group) {
        int g = op.definition().operandIndex(group);
        if (g < 0) throw new IllegalArgumentException(op.name() + " has no operand group " + group);
        int[] r = operandRange(op, g);
        return op.operands().subList(r[0], r[0] + r[1]);
    }

    /** The single operand of a named group, or null if the optional group is empty. */
    public static Value operand(Operation op, String group) {
        List<Value> vs = operands(op, group);
        return vs.isEmpty() ? null : vs.get(0);
    }

    public static List<? extends Value> results(Operation op, String group) {
        int g = op.definition().resultIndex(group);
        if (g < 0) throw new IllegalArgumentException(op.name() + " has no result group " + group);
        int[] r = resultRange(op, g);
        return op.results().subList(r[0], r[0] + r[1]);
    }

    static int[] range(List<ValueDef> defs, int actual, Attribute sizesAttr, int group) {
        int variable = 0;
        for (ValueDef d : defs) if (d.arity().isVariable()) variable++;
        if (variable > 1) {
            if (!(sizesAttr instanceof DenseArrayAttr sizes) || sizes.ints() == null || sizes.size() != defs.size()) {
                return null;
            }
            int start = 0;
            for (int i = 0; i < group; i++) start += (int) sizes.getLong(i);
            return new int[] {start, (int) sizes.getLong(group)};
        }
        int fixed = defs.size() - variable;
        int varLen = actual - fixed;
        if (varLen < 0 || (variable == 0 && varLen != 0)) return null;
        int start = 0;
        for (int i = 0; i < group; i++) start += defs.get(i).arity().isVariable() ? varLen : 1;
        return new int[] {start, defs.get(group).arity().isVariable() ? varLen : 1};
    }
}
