package org.jmlir.iface;

import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;

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
     * (MLIR's SuccessorOperands::erase). The default removes it from the operand list and shrinks the
     * {@code operandSegmentSizes} group holding it; ops keeping other operand bookkeeping override this.
     */
    default void eraseSuccessorOperand(Operation op, int successorIndex, int argIndex) {
        SuccessorOperands range = successorOperands(op, successorIndex);
        if (argIndex < 0 || argIndex >= range.length()) {
            throw new IndexOutOfBoundsException("successor operand " + argIndex + " of " + range.length());
        }
        int absolute = range.start() + argIndex;
        java.util.List<org.jmlir.ir.Value> operands = new java.util.ArrayList<>(op.operands());
        operands.remove(absolute);
        if (op.attr(org.jmlir.ods.OpDef.OPERAND_SEGMENT_SIZES) instanceof org.jmlir.ir.attr.DenseArrayAttr sizes
            && sizes.ints() != null) {
            long[] s = sizes.ints().clone();
            int start = 0;
            for (int g = 0; g < s.length; g++) {
                if (absolute < start + s[g]) {
                    s[g]--;
                    break;
                }
                start += (int) s[g];
            }
            op.setAttr(org.jmlir.ods.OpDef.OPERAND_SEGMENT_SIZES,
                org.jmlir.ir.attr.DenseArrayAttr.ofLongs(sizes.elementType(), s));
        }
        op.setOperands(operands);
    }

    /** A contiguous range of an op's operands forwarded to one successor. */
    record SuccessorOperands(int start, int length) {
        public static final SuccessorOperands NONE = new SuccessorOperands(0, 0);
    }
}
