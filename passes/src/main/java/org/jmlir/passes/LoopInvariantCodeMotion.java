package org.jmlir.passes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jmlir.iface.LoopLikeOpInterface;
import org.jmlir.iface.MemoryEffects;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.WalkResult;
import org.jmlir.ir.Walker;
import org.jmlir.ods.Trait;
import org.jmlir.pass.Pass;

/**
 * {@code loop-invariant-code-motion}: hoists ops out of loops (LoopLikeOpInterface) when they touch no memory, may
 * be speculated, and use only values from outside the loop (or defined in their own regions), as MLIR's
 * moveLoopInvariantCode. Loops are visited innermost first, so an op can climb out of several nested loops; once an
 * op moves, its users in the loop body are looked at again.
 */
public final class LoopInvariantCodeMotion extends Pass {
    @Override public String argument() { return "loop-invariant-code-motion"; }

    @Override public String description() { return "Hoist loop invariant instructions outside of the loop"; }

    @Override protected void runOnOperation() {
        List<Operation> loops = new ArrayList<>();
        getOperation().walk(op -> {
            if (loopLike(op) != null) loops.add(op);
        });
        long moved = 0;
        for (Operation loop : loops) moved += moveLoopInvariantCode(loop);
        if (moved == 0) markAllAnalysesPreserved(); else markChanged();
    }

    private static LoopLikeOpInterface loopLike(Operation op) {
        return op.isRegistered() ? op.definition().getInterface(LoopLikeOpInterface.class) : null;
    }

    /** Hoists what can be hoisted out of {@code loop}; returns how many ops moved. */
    public static int moveLoopInvariantCode(Operation loop) {
        LoopLikeOpInterface iface = loopLike(loop);
        if (iface == null) return 0;
        int moved = 0;
        for (Region region : iface.loopRegions(loop)) {
            ArrayDeque<Operation> work = new ArrayDeque<>();
            for (var b : region.blocks()) for (Operation op : b) work.add(op);
            while (!work.isEmpty()) {
                Operation op = work.poll();
                if (op.parentRegion() != region) continue; // moved already
                if (!MemoryEffects.isMemoryEffectFree(op) || !MemoryEffects.isSpeculatable(op)) continue;
                if (!canBeHoisted(op, v -> iface.isDefinedOutsideOfLoop(loop, v))) continue;
                iface.moveOutOfLoop(loop, op);
                moved++;
                for (int i = 0; i < op.numResults(); i++) {
                    for (Operation user : op.result(i).users()) if (user.parentRegion() == region) work.add(user);
                }
            }
        }
        return moved;
    }

    /** Not a terminator, and every value it or its nested ops use is invariant or defined inside it. */
    private static boolean canBeHoisted(Operation op, java.util.function.Predicate<Value> definedOutside) {
        if (op.hasTrait(Trait.TERMINATOR)) return false;
        return Walker.walk(op, Walker.Order.PRE, child -> {
            for (int i = 0; i < child.numOperands(); i++) {
                Value v = child.operand(i);
                Region r = v.parentRegion();
                if (r != null && r.parentOp() != null && op.isAncestorOf(r.parentOp())) continue;
                if (!definedOutside.test(v)) return WalkResult.INTERRUPT;
            }
            return WalkResult.ADVANCE;
        }) != WalkResult.INTERRUPT;
    }
}
