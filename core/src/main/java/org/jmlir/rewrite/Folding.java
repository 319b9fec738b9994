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
     * Runs {@code op}'s fold hook with its constant operands. Returns null when it has none or nothing folded,
     * {@link FoldHook#IN_PLACE} when it changed in place, else one result per op result.
     */
    public static List<OpFoldResult> fold(Operation op) {
        if (!op.isRegistered()) return null;
        FoldHook hook = op.definition().folder();
        List<Attribute> constants = constantOperands(op);
        List<OpFoldResult> r = hook == null ? null : hook.fold(op, constants);
        if (r == null && op.hasTrait(Trait.COMMUTATIVE) && moveConstantsRight(op, constants)) return FoldHook.IN_PLACE;
        return r;
    }

    /**
     * MLIR's fold of the Commutative trait: constant operands move after the others (keeping their relative order),
     * so that patterns need only look for a constant on the right. Returns whether the operands changed.
     */
    private static boolean moveConstantsRight(Operation op, List<Attribute> constants) {
        List<org.jmlir.ir.Value> nonConst = new ArrayList<>(), consts = new ArrayList<>();
        for (int i = 0; i < op.numOperands(); i++) (constants.get(i) == null ? nonConst : consts).add(op.operand(i));
        if (consts.isEmpty() || nonConst.isEmpty()) return false;
        List<org.jmlir.ir.Value> sorted = new ArrayList<>(nonConst);
        sorted.addAll(consts);
        if (sorted.equals(op.operands())) return false;
        op.setOperands(sorted);
        return true;
    }
}
