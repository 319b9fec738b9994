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
     * Removes operand {@code operandIndex} (an operand forwarded to successor {@code successorIndex}) from
     * {@code op}, keeping {@code operandSegmentSizes} in step when the op has it.
     */
    default void eraseSuccessorOperand(Operation op, int successorIndex, int operandIndex) {
        java.util.List<org.jmlir.ir.Value> ops = new java.util.ArrayList<>(op.operands());
        ops.remove(operandIndex);
        if (op.properties().get(org.jmlir.ods.OpDef.OPERAND_SEGMENT_SIZES)
            instanceof org.jmlir.ir.attr.DenseArrayAttr sizes) {
            long[] v = sizes.ints().clone();
            int start = 0;
            for (int g = 0; g < v.length; g++) {
                if (operandIndex < start + v[g]) {
                    v[g]--;
                    break;
                }
                start += (int) v[g];
            }
            java.util.List<org.jmlir.ir.attr.NamedAttribute> props = new java.util.ArrayList<>();
            for (org.jmlir.ir.attr.NamedAttribute a : op.properties().entries()) {
                props.add(a.name().equals(org.jmlir.ods.OpDef.OPERAND_SEGMENT_SIZES)
                    ? new org.jmlir.ir.attr.NamedAttribute(a.name(),
                        org.jmlir.ir.attr.DenseArrayAttr.ofLongs(sizes.elementType(), v)) : a);
            }
            op.setProperties(org.jmlir.ir.attr.DictionaryAttr.of(props));
        }
        op.setOperands(ops);
    }

    /** A contiguous range of an op's operands forwarded to one successor. */
    record SuccessorOperands(int start, int length) {
        public static final SuccessorOperands NONE = new SuccessorOperands(0, 0);
    }
}
