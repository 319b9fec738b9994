package org.jmlir.ods;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;

/**
 * The check behind {@link Trait#ISOLATED_FROM_ABOVE}: ops inside the regions use only values defined inside them.
 * Nested isolated ops are not entered, since they check themselves. Iterative, so deep nesting is safe.
 */
final class IsolationVerifier {
    private IsolationVerifier() {}

    static boolean verify(Operation isolated) {
        ArrayDeque<Region> pending = new ArrayDeque<>();
        for (Region region : isolated.regions()) {
            // Regions already entered are known to lie inside; only other regions need the walk up the parents.
            Set<Region> inside = Collections.newSetFromMap(new IdentityHashMap<>());
            pending.push(region);
            while (!pending.isEmpty()) {
                Region current = pending.pop();
                inside.add(current);
                for (Block block : current.blocks()) {
                    for (Operation op = block.firstOp(); op != null; op = op.next()) {
                        if (!checkOperands(isolated, region, inside, op)) return false;
                        if (op.numRegions() != 0 && !op.hasTrait(Trait.ISOLATED_FROM_ABOVE)) {
                            for (Region sub : op.regions()) pending.push(sub);
                        }
                    }
                }
            }
        }
        return true;
    }

    private static boolean checkOperands(Operation isolated, Region region, Set<Region> inside, Operation op) {
        for (int i = 0; i < op.numOperands(); i++) {
            Value v = op.operand(i);
            Region defRegion = v == null ? null : v.parentRegion();
            if (defRegion == null) return op.emitError("operation's operand is unlinked").fail();
            if (!inside.contains(defRegion) && !region.isAncestorOf(defRegion)) {
                return op.emitOpError("using value defined outside the region")
                    .attachNote(isolated.location(), "required by region isolation constraints")
                    .fail();
            }
        }
        return true;
    }
}
