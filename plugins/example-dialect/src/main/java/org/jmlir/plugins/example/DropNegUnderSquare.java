package org.jmlir.plugins.example;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.pass.Pass;

/**
 * {@code example-drop-neg-under-square}: {@code square(neg(x))} becomes {@code square(x)}, since the sign does not
 * survive squaring. The negation is left for dead-code removal (it may have other users).
 */
public final class DropNegUnderSquare extends Pass {
    @Override public String argument() { return "example-drop-neg-under-square"; }

    @Override public String description() { return "Rewrite example.square(example.neg(x)) to example.square(x)"; }

    @Override
    protected void runOnOperation() {
        List<Operation> squares = new ArrayList<>();
        getOperation().walk(op -> {
            if (op.name().equals(ExampleDialect.SQUARE)) squares.add(op);
        });
        boolean changed = false;
        for (Operation sq : squares) {
            Operation producer = sq.operand(0).definingOp();
            if (producer != null && producer.name().equals(ExampleDialect.NEG)) {
                sq.setOperand(0, producer.operand(0));
                changed = true;
            }
        }
        if (changed) markChanged();
        else markAllAnalysesPreserved();
    }
}
