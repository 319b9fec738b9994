package org.jmlir.rewrite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmlir.iface.BranchOpInterface;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockOperand;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;

/**
 * The region clean-ups of MLIR's simplifyRegions that the greedy driver runs between sweeps: blocks unreachable
 * from the entry block are erased, and arguments of non-entry blocks that are unused are dropped together with the
 * operands every predecessor passes for them (when all predecessors describe their successor operands through
 * {@link BranchOpInterface}).
 */
final class RegionSimplification {
    private RegionSimplification() {}

    static boolean simplify(PatternRewriter rewriter, List<Region> regions) {
        boolean changed = false;
        ArrayDeque<Region> todo = new ArrayDeque<>(regions);
        while (!todo.isEmpty()) {
            Region r = todo.poll();
            changed |= eraseUnreachableBlocks(rewriter, r);
            changed |= dropDeadBlockArguments(r);
            for (Block b : r.blocks()) for (Operation op : b) todo.addAll(op.regions());
        }
        return changed;
    }

    private static boolean eraseUnreachableBlocks(PatternRewriter rewriter, Region r) {
        if (r.blocks().size() <= 1) return false;
        Set<Block> reachable = new HashSet<>();
        ArrayDeque<Block> work = new ArrayDeque<>();
        work.add(r.entryBlock());
        reachable.add(r.entryBlock());
        while (!work.isEmpty()) {
            Block b = work.poll();
            Operation t = b.lastOp();
            if (t == null) continue;
            for (Block s : t.successors()) if (reachable.add(s)) work.add(s);
        }
        List<Block> dead = new ArrayList<>();
        for (Block b : r.blocks()) if (!reachable.contains(b)) dead.add(b);
        if (dead.isEmpty()) return false;
        // Unreachable blocks may use each other's values: drop every reference before erasing any.
        for (Block b : dead) for (Operation op : b) op.dropAllReferences();
        for (Block b : dead) rewriter.eraseBlock(b);
        return true;
    }

    private static boolean dropDeadBlockArguments(Region r) {
        boolean changed = false;
        for (Block b : r.blocks()) {
            if (b.isEntryBlock() || b.numArguments() == 0) continue;
            List<BlockOperand> preds = new ArrayList<>();
            for (BlockOperand u = b.firstUse(); u != null; u = u.nextUse()) preds.add(u);
            boolean describable = true;
            for (BlockOperand u : preds) {
                Operation term = u.owner();
                describable &= term.isRegistered()
                    && term.definition().getInterface(BranchOpInterface.class) != null;
            }
            if (!describable) continue;
            for (int i = b.numArguments() - 1; i >= 0; i--) {
                Value arg = b.argument(i);
                if (arg.hasUses()) continue;
                for (BlockOperand u : preds) {
                    Operation term = u.owner();
                    BranchOpInterface br = term.definition().getInterface(BranchOpInterface.class);
                    BranchOpInterface.SuccessorOperands so = br.successorOperands(term, u.index());
                    br.eraseSuccessorOperand(term, u.index(), so.start() + i);
                }
                b.eraseArgument(i);
                changed = true;
            }
        }
        return changed;
    }
}
