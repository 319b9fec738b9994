package org.jmlir.dialect.cf;

import java.util.List;
import org.jmlir.iface.BranchOpInterface;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ods.Segments;

/** BranchOpInterface of cf.br and cf.cond_br: which operands feed which successor's arguments. */
final class CfBranches {
    private CfBranches() {}

    static final BranchOpInterface BR = (op, i) -> new BranchOpInterface.SuccessorOperands(0, op.numOperands());

    static final BranchOpInterface COND_BR = new BranchOpInterface() {
        @Override public SuccessorOperands successorOperands(Operation op, int i) {
            int[] r = Segments.operandRange(op, i == 0 ? 1 : 2);
            return new SuccessorOperands(r[0], r[1]);
        }

        @Override public Block successorForOperands(Operation op, List<Attribute> constants) {
            return constants.get(0) instanceof IntegerAttr c ? op.successor(c.value().signum() != 0 ? 0 : 1) : null;
        }
    };
}
