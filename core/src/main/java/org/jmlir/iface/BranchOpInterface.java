package org.jmlir.iface;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.ValueDef;

/**
 * A terminator that branches to successor blocks and forwards some of its operands to their arguments (MLIR's
 * BranchOpInterface).
 */
public interface BranchOpInterface {
    /**
     * Which operands of {@code op} go to the arguments of successor {@code successorIndex}: the operand range
     * {@code [start, start + length)}, in order of the block's arguments.
     */
    SuccessorOperands successorOperands(Operation op, int successorIndex);

    /**
     * The successor control goes to when the operands have the given constant values (null entries: not constant),
     * or null when that cannot be decided statically.
     */
    default Block successorForOperands(Operation op, List<Attribute> constantOperands) { return null; }

    /**
     * Erases the operand {@code op} forwards to argument {@code argIndex} of successor {@code successorIndex}
     * (MLIR's SuccessorOperands::erase). The default removes it from the operand list and shrinks the successor's
     * {@code operandSegmentSizes} group; ops keeping other operand bookkeeping (cf.switch) override this.
     */
    default void eraseSuccessorOperand(Operation op, int successorIndex, int argIndex) {
        SuccessorOperands range = successorOperands(op, successorIndex);
        if (argIndex < 0 || argIndex >= range.length()) {
            throw new IndexOutOfBoundsException("successor operand " + argIndex + " of " + range.length());
        }
        List<Value> operands = new ArrayList<>(op.operands());
        operands.remove(range.start() + argIndex);
        resizeSegment(op, successorIndex, range, -1);
        op.setOperands(operands);
    }

    /**
     * Appends {@code values} to the operands {@code op} forwards to successor {@code successorIndex} (MLIR's
     * SuccessorOperands::append), growing its {@code operandSegmentSizes} group; see
     * {@link #eraseSuccessorOperand}.
     */
    default void appendSuccessorOperands(Operation op, int successorIndex, List<? extends Value> values) {
        if (values.isEmpty()) return;
        SuccessorOperands range = successorOperands(op, successorIndex);
        List<Value> operands = new ArrayList<>(op.operands());
        operands.addAll(range.start() + range.length(), values);
        resizeSegment(op, successorIndex, range, values.size());
        op.setOperands(operands);
    }

    /**
     * Adjusts the operand segment holding successor {@code successorIndex}'s operands by {@code delta}: the group
     * spanning exactly its range; when several do (empty groups), the successorIndex-th variadic group.
     */
    private static void resizeSegment(Operation op, int successorIndex, SuccessorOperands range, int delta) {
        if (!(op.attr(OpDef.OPERAND_SEGMENT_SIZES) instanceof DenseArrayAttr sizes) || sizes.ints() == null) return;
        long[] s = sizes.ints().clone();
        List<Integer> candidates = new ArrayList<>();
        int start = 0;
        for (int g = 0; g < s.length; g++) {
            if (start == range.start() && s[g] == range.length()) candidates.add(g);
            start += (int) s[g];
        }
        if (candidates.isEmpty()) return;
        int target = candidates.getFirst();
        if (candidates.size() > 1 && op.isRegistered()) {
            int variadic = 0;
            List<ValueDef> defs = op.definition().operands();
            for (int g = 0; g < defs.size(); g++) {
                if (!defs.get(g).arity().isVariable()) continue;
                if (variadic++ == successorIndex && candidates.contains(g)) target = g;
            }
        }
        s[target] += delta;
        op.setAttr(OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.ofLongs(sizes.elementType(), s));
    }

    /** A contiguous range of an op's operands forwarded to one successor. */
    record SuccessorOperands(int start, int length) {
        public static final SuccessorOperands NONE = new SuccessorOperands(0, 0);
    }
}
