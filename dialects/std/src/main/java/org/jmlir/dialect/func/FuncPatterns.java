package org.jmlir.dialect.func;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.type.Type;
import org.jmlir.rewrite.RewritePattern;

/** func's canonicalization: an indirect call of a func.constant becomes a direct call (upstream's). */
final class FuncPatterns {
    private FuncPatterns() {}

    static final RewritePattern INDIRECT_CALL_WITH_KNOWN_CALLEE = RewritePattern.of(
        "SimplifyIndirectCallWithKnownCallee", "func.call_indirect", (op, r) -> {
            Operation callee = op.operand(0).definingOp();
            if (callee == null || !callee.name().equals("func.constant")) return false;
            r.setInsertionPoint(op);
            OperationState s = r.state("func.call", op.location())
                .addOperands(op.operands().subList(1, op.numOperands()));
            List<Type> results = op.resultTypes();
            s.addTypes(results);
            s.addProperty("callee", callee.attr("value"));
            r.replaceOp(op, r.create(s));
            return true;
        });
}
