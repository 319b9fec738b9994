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

    /** A contiguous range of an op's operands forwarded to one successor. */
    record SuccessorOperands(int start, int length) {
        public static final SuccessorOperands NONE = new SuccessorOperands(0, 0);
    }
}
