package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ods.FoldHook;
import org.jmlir.ods.Trait;

/**
 * The folds that MLIR's traits contribute (OpTrait::foldTrait), tried after an op's own fold hook did nothing or
 * folded in place: Commutative moves constant operands to the end, Idempotent folds {@code op(x, x)} and
 * {@code op(op(x))}, Involution folds {@code op(op(x))} to {@code x}.
 */
public final class TraitFolding {
    private TraitFolding() {}

    /** Runs the trait folds of {@code op}; same contract as {@link FoldHook#fold}. */
    public static List<OpFoldResult> fold(Operation op, List<Attribute> constants) {
        if (op.hasTrait(Trait.COMMUTATIVE) && moveConstantsRight(op, constants)) return FoldHook.IN_PLACE;
        if (op.numResults() != 1) return null;
        if (op.hasTrait(Trait.IDEMPOTENT)) {
            if (op.numOperands() == 1) {
                Operation inner = op.operand(0).definingOp();
                if (inner != null && inner.name().equals(op.name())) return List.of(OpFoldResult.of(op.operand(0)));
            } else if (op.numOperands() > 1) {
                Value first = op.operand(0);
                boolean same = true;
                for (Value v : op.operands()) same &= v == first;
                if (same) return List.of(OpFoldResult.of(first));
            }
        }
        if (op.hasTrait(Trait.INVOLUTION) && op.numOperands() == 1) {
            Operation inner = op.operand(0).definingOp();
            if (inner != null && inner.name().equals(op.name()) && inner.numOperands() == 1) {
                return List.of(OpFoldResult.of(inner.operand(0)));
            }
        }
        return null;
    }

    /** A stable partition of the operands: non-constants first, then constants; true when anything moved. */
    static boolean moveConstantsRight(Operation op, List<Attribute> constants) {
        int n = op.numOperands();
        if (n < 2) return false;
        List<Value> front = new ArrayList<>(n), back = new ArrayList<>(n);
        boolean seenConstant = false, moved = false;
        for (int i = 0; i < n; i++) {
            boolean constant = constants.get(i) != null;
            if (constant) seenConstant = true;
            else if (seenConstant) moved = true;
            (constant ? back : front).add(op.operand(i));
        }
        if (!moved) return false;
        front.addAll(back);
        op.setOperands(front);
        return true;
    }
}
