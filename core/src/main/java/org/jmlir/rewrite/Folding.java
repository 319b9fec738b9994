package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ods.FoldHook;
import org.jmlir.ods.Trait;

/** Calling fold hooks, and recognizing constants (MLIR's {@code matchPattern(v, m_Constant())}). */
public final class Folding {
    private Folding() {}

    /**
     * The constant {@code value} holds: the attribute its ConstantLike defining op folds to, or null when it is
     * not produced by a constant-like op.
     */
    public static Attribute constantValue(Value value) {
        Operation def = value.definingOp();
        if (def == null || !def.hasTrait(Trait.CONSTANT_LIKE)) return null;
        FoldHook hook = def.definition().folder();
        if (hook == null) return null;
        List<OpFoldResult> r = hook.fold(def, Collections.nCopies(def.numOperands(), null));
        if (r == null || r == FoldHook.IN_PLACE || r.size() != def.numResults()) return null;
        return r.get(value instanceof org.jmlir.ir.OpResult res ? res.index() : 0) instanceof OpFoldResult.Const c
            ? c.attribute() : null;
    }

    /** The constant values of {@code op}'s operands, null where not constant. */
    public static List<Attribute> constantOperands(Operation op) {
        List<Attribute> out = new ArrayList<>(op.numOperands());
        for (int i = 0; i < op.numOperands(); i++) out.add(constantValue(op.operand(i)));
        return out;
    }

    /**
     * Runs {@code op}'s fold hook with its constant operands, then, when it did nothing or folded in place, the
     * folds of its traits ({@link TraitFolding}: Commutative moves constants right, Idempotent, Involution), as
     * MLIR's foldHook does. Returns null when nothing folded, {@link FoldHook#IN_PLACE} when the op changed in
     * place, else one result per op result.
     */
    public static List<OpFoldResult> fold(Operation op) {
        if (!op.isRegistered()) return null;
        FoldHook hook = op.definition().folder();
        List<Attribute> constants = constantOperands(op);
        List<OpFoldResult> r = hook == null ? null : hook.fold(op, constants);
        boolean inPlace = r == FoldHook.IN_PLACE || isSelf(op, r);
        if (r != null && !inPlace) return r;
        if (inPlace) constants = constantOperands(op);
        List<OpFoldResult> t = TraitFolding.fold(op, constants);
        return t != null ? t : inPlace ? FoldHook.IN_PLACE : null;
    }

    /** A fold that returned the op's own results means "changed in place" (MLIR's convention). */
    private static boolean isSelf(Operation op, List<OpFoldResult> r) {
        if (r == null || r == FoldHook.IN_PLACE || r.size() != op.numResults() || r.isEmpty()) return false;
        for (int i = 0; i < r.size(); i++) {
            if (!(r.get(i) instanceof OpFoldResult.Val v) || v.value() != op.result(i)) return false;
        }
        return true;
    }
}
