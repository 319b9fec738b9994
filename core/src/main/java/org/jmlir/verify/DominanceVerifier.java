package org.jmlir.verify;

import java.util.ArrayDeque;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.DominanceInfo;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Location;
import org.jmlir.ods.Trait;

/**
 * Every operand of every op in reachable blocks properly dominates its user, inside the regions of one op. Runs once
 * the op is otherwise verified, since malformed CFGs would make dominance meaningless. Nested isolated ops are
 * verified separately; ops in unreachable blocks are not checked, but their nested regions are.
 */
final class DominanceVerifier {
    private DominanceVerifier() {}

    static boolean verify(Operation root, DominanceInfo dominance, boolean recursive) {
        ArrayDeque<Operation> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Operation parent = work.pop();
            for (Region region : parent.regions()) {
                for (Block block : region.blocks()) {
                    boolean reachable = dominance.isReachableFromEntry(block);
                    for (Operation op = block.firstOp(); op != null; op = op.next()) {
                        if (reachable) {
                            for (int i = 0; i < op.numOperands(); i++) {
                                if (!dominance.properlyDominates(op.operand(i), op)) {
                                    diagnose(op, i);
                                    return false;
                                }
                            }
                        }
                        if (recursive && op.numRegions() != 0 && !op.hasTrait(Trait.ISOLATED_FROM_ABOVE)) work.push(op);
                    }
                }
            }
        }
        return true;
    }

    /** MLIR's wording: where the operand is defined, relative to the use. */
    private static void diagnose(Operation op, int operandNo) {
        Diagnostic d = op.emitError("operand #" + operandNo + " does not dominate this use");
        Value operand = op.operand(operandNo);
        Region useRegion = op.parentRegion();
        Operation def = operand.definingOp();
        if (def != null) {
            Region defRegion = def.parentRegion();
            String where;
            if (op.block() == def.block()) where = " (op in the same block)";
            else if (useRegion == defRegion) where = " (op in the same region)";
            else if (defRegion != null && defRegion.isProperAncestorOf(useRegion)) where = " (op in a parent region)";
            else if (useRegion != null && useRegion.isProperAncestorOf(defRegion)) where = " (op in a child region)";
            else where = " (op is neither in a parent nor in a child region)";
            d.attachNote(def.location(), "operand defined here" + where);
            return;
        }
        Block owner = ((BlockArgument) operand).owner();
        Region defRegion = owner.parent();
        Location loc = owner.parentOp() != null ? owner.parentOp().location() : Location.UNKNOWN;
        if (defRegion == null) {
            d.attachNote(loc, " (block without parent)");
            return;
        }
        String where;
        if (useRegion == defRegion) where = " in the same region)";
        else if (defRegion.isProperAncestorOf(useRegion)) where = " in a parent region)";
        else if (useRegion != null && useRegion.isProperAncestorOf(defRegion)) where = " in a child region)";
        else where = " neither in a parent nor in a child region)";
        d.attachNote(loc, "operand defined as a block argument (block #" + defRegion.indexOf(owner) + where);
    }
}
