package org.jmlir.passes;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.iface.InvocationBounds;
import org.jmlir.iface.MemoryEffects;
import org.jmlir.iface.RegionBranchOpInterface;
import org.jmlir.ir.Block;
import org.jmlir.ir.DominanceInfo;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.pass.Pass;
import org.jmlir.pass.Statistic;
import org.jmlir.rewrite.Folding;

/**
 * {@code control-flow-sink}: moves memory-effect-free ops into the region of a RegionBranchOpInterface op (scf.if)
 * that alone uses them, when that region runs at most once per execution of the op, as MLIR's ControlFlowSink:
 * the op then runs only on the path that needs it. Sunk ops go to the start of the region's entry block; their own
 * operands' definitions are then tried in turn.
 */
public final class ControlFlowSink extends Pass {
    private final Statistic numSunk = statistic("num-sunk", "Number of operations sunk");

    @Override public String argument() { return "control-flow-sink"; }

    @Override public String description() { return "Sink operations into conditional blocks"; }

    @Override protected void runOnOperation() {
        DominanceInfo dominance = getAnalysis(DominanceInfo.class);
        List<Operation> branches = new ArrayList<>();
        getOperation().walk(op -> {
            if (regionBranch(op) != null) branches.add(op);
        });
        long sunk = 0;
        for (Operation branch : branches) {
            for (Region region : singlyExecutedRegions(branch)) sunk += sinkRegion(region, dominance);
        }
        numSunk.add(sunk);
        if (sunk == 0) markAllAnalysesPreserved(); else markChanged();
    }

    private static RegionBranchOpInterface regionBranch(Operation op) {
        return op.isRegistered() ? op.definition().getInterface(RegionBranchOpInterface.class) : null;
    }

    /** The regions of {@code branch} known to run at most once each time it runs. */
    static List<Region> singlyExecutedRegions(Operation branch) {
        List<InvocationBounds> bounds = regionBranch(branch).regionInvocationBounds(branch,
            Folding.constantOperands(branch));
        List<Region> out = new ArrayList<>();
        for (int i = 0; i < branch.numRegions() && i < bounds.size(); i++) {
            InvocationBounds b = bounds.get(i);
            if (b.hasUpperBound() && b.upperBound() <= 1) out.add(branch.region(i));
        }
        return out;
    }

    private static int sinkRegion(Region region, DominanceInfo dominance) {
        if (region.isEmpty()) return 0;
        int sunk = 0;
        ArrayList<Operation> stack = new ArrayList<>();
        for (Block b : region.blocks()) for (Operation op : b) stack.add(op);
        while (!stack.isEmpty()) {
            Operation user = stack.remove(stack.size() - 1);
            for (int i = 0; i < user.numOperands(); i++) {
                Value v = user.operand(i);
                Operation def = v.definingOp();
                if (def == null || def.parentRegion() == region) continue;
                if (allUsersDominatedBy(def, region, dominance) && MemoryEffects.isMemoryEffectFree(def)) {
                    Block entry = region.entryBlock();
                    def.remove();
                    entry.prepend(def);
                    sunk++;
                    stack.add(def);
                }
            }
        }
        return sunk;
    }

    private static boolean allUsersDominatedBy(Operation op, Region region, DominanceInfo dominance) {
        Block entry = region.entryBlock();
        for (int i = 0; i < op.numResults(); i++) {
            for (Operation user : op.result(i).users()) if (!dominance.dominates(entry, user.block())) return false;
        }
        return true;
    }
}
