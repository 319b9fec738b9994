package org.jmlir.rewrite;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jmlir.iface.BranchOpInterface;
import org.jmlir.iface.MemoryEffects;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.OpOperand;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ods.Trait;

/**
 * MLIR's simplifyRegions: erases blocks unreachable from their region's entry, erases dead ops and dead block
 * arguments (region DCE, reasoning through branch operands), and, when asked, merges identical blocks and drops
 * block arguments that every predecessor passes the same value (see {@link BlockMerging}).
 */
public final class RegionSimplification {
    private RegionSimplification() {}

    /** Returns whether anything changed. */
    public static boolean simplifyRegions(PatternRewriter rewriter, List<Region> regions, boolean mergeBlocks) {
        boolean erasedBlocks = eraseUnreachableBlocks(rewriter, regions);
        boolean dce = runRegionDCE(rewriter, regions);
        boolean merged = false;
        boolean dropped = false;
        if (mergeBlocks) {
            merged = BlockMerging.mergeIdenticalBlocks(rewriter, regions);
            dropped = BlockMerging.dropRedundantArguments(rewriter, regions);
        }
        return erasedBlocks || dce || merged || dropped;
    }

    // ---- unreachable blocks

    public static boolean eraseUnreachableBlocks(PatternRewriter rewriter, List<Region> regions) {
        boolean erased = false;
        Deque<Region> worklist = new ArrayDeque<>(regions);
        while (!worklist.isEmpty()) {
            Region region = worklist.pop();
            if (region.isEmpty()) continue;
            if (region.blocks().size() == 1) {
                for (Operation op : region.entryBlock()) worklist.addAll(op.regions());
                continue;
            }
            Set<Block> reachable = reachableBlocks(region.entryBlock());
            for (Block block : new ArrayList<>(region.blocks())) {
                if (!reachable.contains(block)) {
                    dropAllDefinedValueUses(block);
                    rewriter.eraseBlock(block);
                    erased = true;
                    continue;
                }
                for (Operation op : block) worklist.addAll(op.regions());
            }
        }
        return erased;
    }

    private static Set<Block> reachableBlocks(Block entry) {
        Set<Block> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Block> stack = new ArrayDeque<>();
        stack.push(entry);
        seen.add(entry);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            Operation term = b.lastOp();
            if (term == null) continue;
            for (Block s : term.successors()) if (s != null && seen.add(s)) stack.push(s);
        }
        return seen;
    }

    /** Drops every use of values defined in {@code block}, nested regions included. */
    private static void dropAllDefinedValueUses(Block block) {
        for (BlockArgument a : block.arguments()) dropUses(a);
        for (Operation op : block) {
            op.walk(nested -> {
                for (Value r : nested.results()) dropUses(r);
                for (Region reg : nested.regions()) {
                    for (Block b : reg.blocks()) for (BlockArgument a : b.arguments()) dropUses(a);
                }
            });
        }
    }

    private static void dropUses(Value v) { v.dropAllUses(); }

    // ---- region DCE

    /** Values and ops proven live; records whether the last sweep learned anything. */
    private static final class LiveMap {
        final Set<Object> live = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean changed;

        boolean isLive(Value v) { return live.contains(v); }

        /** An op is live when proven so itself or when any of its results is. */
        boolean isLive(Operation op) {
            if (live.contains(op)) return true;
            for (Value r : op.results()) if (live.contains(r)) return true;
            return false;
        }

        void setLive(Object o) { changed |= live.add(o); }
    }

    public static boolean runRegionDCE(PatternRewriter rewriter, List<Region> regions) {
        LiveMap live = new LiveMap();
        do {
            live.changed = false;
            for (Region r : regions) propagateLiveness(r, live);
        } while (live.changed);
        return deleteDeadness(rewriter, regions, live);
    }

    /** The blocks reachable from the entry, in post-order (successors before the block). */
    private static List<Block> postOrder(Block entry) {
        List<Block> out = new ArrayList<>();
        Set<Block> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> stack = new ArrayDeque<>();
        seen.add(entry);
        stack.push(new Object[] {entry, 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.peek();
            Block b = (Block) top[0];
            int next = (Integer) top[1];
            Operation term = b.lastOp();
            List<Block> succs = term == null ? List.of() : term.successors();
            if (next < succs.size()) {
                top[1] = next + 1;
                Block s = succs.get(next);
                if (s != null && seen.add(s)) stack.push(new Object[] {s, 0});
            } else {
                stack.pop();
                out.add(b);
            }
        }
        return out;
    }

    private static void propagateLiveness(Region region, LiveMap live) {
        if (region.isEmpty()) return;
        for (Block block : postOrder(region.entryBlock())) {
            // ops before arguments: uses are seen before definitions, which converges faster
            for (Operation op = block.lastOp(); op != null; op = op.prev()) propagateLiveness(op, live);
            if (block.isEntryBlock()) continue; // entry arguments belong to the parent op's contract
            for (BlockArgument a : block.arguments()) if (!live.isLive(a)) processValue(a, live);
        }
    }

    private static void propagateLiveness(Operation op, LiveMap live) {
        for (Region r : op.regions()) propagateLiveness(r, live);
        if (op.hasTrait(Trait.TERMINATOR) || (!op.isRegistered() && op.numSuccessors() > 0)) {
            propagateTerminatorLiveness(op, live);
            return;
        }
        if (live.isLive(op)) return;
        if (!MemoryEffects.wouldOpBeTriviallyDead(op)) {
            live.setLive(op);
            return;
        }
        for (Value r : op.results()) processValue(r, live);
    }

    private static void processValue(Value value, LiveMap live) {
        for (OpOperand use : value.uses()) {
            if (isUseSpeciallyKnownDead(use, live)) continue;
            if (live.isLive(use.owner())) {
                live.setLive(value);
                return;
            }
        }
    }

    private static BranchOpInterface branchInterface(Operation op) {
        return op.isRegistered() ? op.definition().getInterface(BranchOpInterface.class) : null;
    }

    /** A successor operand is dead when the block argument it feeds is not proven live. */
    private static boolean isUseSpeciallyKnownDead(OpOperand use, LiveMap live) {
        Operation owner = use.owner();
        if (!owner.hasTrait(Trait.TERMINATOR)) return false;
        BranchOpInterface branch = branchInterface(owner);
        if (branch == null) return false;
        BlockArgument arg = successorBlockArgument(owner, branch, use.index());
        return arg != null && !live.isLive(arg);
    }

    private static BlockArgument successorBlockArgument(Operation op, BranchOpInterface branch, int operandIndex) {
        for (int i = 0; i < op.numSuccessors(); i++) {
            BranchOpInterface.SuccessorOperands so = branch.successorOperands(op, i);
            if (operandIndex >= so.start() && operandIndex < so.start() + so.length()) {
                int argIndex = operandIndex - so.start();
                Block succ = op.successor(i);
                return argIndex < succ.numArguments() ? succ.argument(argIndex) : null;
            }
        }
        return null;
    }

    private static void propagateTerminatorLiveness(Operation op, LiveMap live) {
        live.setLive(op);
        BranchOpInterface branch = branchInterface(op);
        if (branch == null) {
            for (Block s : op.successors()) for (BlockArgument a : s.arguments()) live.setLive(a);
            return;
        }
        // Arguments not fed by forwarded operands (produced by the op itself) are live.
        for (int i = 0; i < op.numSuccessors(); i++) {
            Block s = op.successor(i);
            int forwarded = branch.successorOperands(op, i).length();
            for (int a = forwarded; a < s.numArguments(); a++) live.setLive(s.argument(a));
        }
    }

    private static boolean deleteDeadness(PatternRewriter rewriter, List<Region> regions, LiveMap live) {
        boolean erased = false;
        for (Region region : regions) {
            if (region.isEmpty()) continue;
            boolean singleBlock = region.blocks().size() == 1;
            for (Block block : postOrder(region.entryBlock())) {
                if (!singleBlock && block.lastOp() != null) {
                    erased |= eraseTerminatorSuccessorOperands(rewriter, block.lastOp(), live);
                }
                for (Operation op = block.lastOp(); op != null; ) {
                    Operation prev = op.prev();
                    if (!live.isLive(op)) {
                        erased = true;
                        for (Value r : op.results()) dropUses(r);
                        rewriter.eraseOp(op);
                    } else {
                        erased |= deleteDeadness(rewriter, op.regions(), live);
                    }
                    op = prev;
                }
            }
            List<Block> blocks = region.blocks();
            for (int b = 1; b < blocks.size(); b++) {
                Block block = blocks.get(b);
                for (int i = block.numArguments() - 1; i >= 0; i--) {
                    if (!live.isLive(block.argument(i))) {
                        dropUses(block.argument(i));
                        block.eraseArgument(i);
                        erased = true;
                    }
                }
            }
        }
        return erased;
    }

    private static boolean eraseTerminatorSuccessorOperands(PatternRewriter rewriter, Operation term, LiveMap live) {
        BranchOpInterface branch = branchInterface(term);
        if (branch == null) return false;
        boolean any = false;
        for (int s = term.numSuccessors() - 1; s >= 0; s--) {
            Block succ = term.successor(s);
            int n = branch.successorOperands(term, s).length();
            for (int a = n - 1; a >= 0; a--) {
                if (a < succ.numArguments() && !live.isLive(succ.argument(a))) {
                    int succIndex = s;
                    int argIndex = a;
                    rewriter.modifyOpInPlace(term, () -> branch.eraseSuccessorOperand(term, succIndex, argIndex));
                    any = true;
                }
            }
        }
        return any;
    }
}
