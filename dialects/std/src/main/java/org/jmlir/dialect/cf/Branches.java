package org.jmlir.dialect.cf;

import java.util.List;
import java.util.function.BiFunction;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ods.Trait;

/** BranchOpInterface and BranchWeightOpInterface checks, with upstream's messages. */
final class Branches {
    private Branches() {}

    /** Each successor's operands match its block arguments in number and type. */
    static Trait trait(BiFunction<Operation, Integer, List<Value>> operandsOf) {
        return new Trait("BranchOpInterface", op -> {
            for (int i = 0; i < op.numSuccessors(); i++) {
                Block dest = op.successor(i);
                List<Value> operands = operandsOf.apply(op, i);
                if (operands.size() != dest.numArguments()) {
                    return op.emitError("branch has " + operands.size() + " operands for successor #" + i
                        + ", but target block has " + dest.numArguments()).fail();
                }
                for (int j = 0; j < operands.size(); j++) {
                    if (!operands.get(j).type().equals(dest.argument(j).type())) {
                        return op.emitError("type mismatch for bb argument #" + j + " of successor #" + i).fail();
                    }
                }
            }
            return true;
        });
    }

    /** Branch weights, when given, are one per successor. */
    static Trait weights() {
        return new Trait("BranchWeightOpInterface", op -> {
            if (!(op.attr("branch_weights") instanceof DenseArrayAttr w)) return true;
            return w.size() == op.numSuccessors() || op.emitError("expects number of branch weights to match number of "
                + "successors: " + w.size() + " vs " + op.numSuccessors()).fail();
        });
    }
}
