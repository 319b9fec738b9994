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
     * Runs {@code op}'s fold hook with its constant operands, then, when that failed or only updated the op in
     * place, its traits' folds (MLIR's Operation::fold with foldTraits): a Commutative op moves its constant
     * operands to the end, keeping their order. Returns null when nothing folded, {@link FoldHook#IN_PLACE} when
     * the op changed in place, else one result per op result.
     */
    public static List<OpFoldResult> fold(Operation op) {
        if (!op.isRegistered()) return null;
        FoldHook hook = op.definition().folder();
        List<Attribute> constants = constantOperands(op);
        List<OpFoldResult> r = hook == null ? null : hook.fold(op, constants);
        boolean inPlace = r == FoldHook.IN_PLACE
            || (r != null && r.size() == 1 && op.numResults() == 1 && r.get(0) instanceof OpFoldResult.Val v
                && v.value() == op.result(0));
        if (r == null || inPlace) {
            if (foldTraits(op, constants)) return FoldHook.IN_PLACE;
            return inPlace ? FoldHook.IN_PLACE : null;
        }
        return r;
    }

    private static boolean foldTraits(Operation op, List<Attribute> constants) {
        if (op.hasTrait(Trait.COMMUTATIVE) && op.numOperands() >= 2) return moveConstantsRight(op, constants);
        return false;
    }

    /** MLIR's foldCommutative: a stable partition putting non-constant operands first. */
    private static boolean moveConstantsRight(Operation op, List<Attribute> constants) {
        List<Value> nonConst = new ArrayList<>();
        List<Value> consts = new ArrayList<>();
        boolean seenConst = false;
        boolean changes = false;
        for (int i = 0; i < op.numOperands(); i++) {
            if (constants.get(i) != null) {
                consts.add(op.operand(i));
                seenConst = true;
            } else {
                nonConst.add(op.operand(i));
                if (seenConst) changes = true;
            }
        }
        if (!changes) return false;
        nonConst.addAll(consts);
        for (int i = 0; i < nonConst.size(); i++) {
            if (op.operand(i) != nonConst.get(i)) op.setOperand(i, nonConst.get(i));
        }
        return true;
    }
}
