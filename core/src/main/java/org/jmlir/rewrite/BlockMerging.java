package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SequencedSet;
import java.util.TreeSet;
import org.jmlir.iface.BranchOpInterface;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.BlockOperand;
import org.jmlir.ir.OpOperand;
import org.jmlir.ir.OpResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationEquivalence;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;

/**
 * MLIR's mergeIdenticalBlocks and dropRedundantArguments (the aggressive level of region simplification). Blocks
 * other than the entry that branch to the same successors and hold equivalent ops (operands defined outside may
 * differ: they become new arguments of the kept block, passed by each predecessor) are merged into the first of
 * them. A block argument that every predecessor passes the same value is replaced by that value.
 */
final class BlockMerging {
    private BlockMerging() {}

    // ---- merging identical blocks

    static boolean mergeIdenticalBlocks(PatternRewriter rewriter, List<Region> regions) {
        SequencedSet<Region> worklist = new LinkedHashSet<>(regions);
        boolean anyChanged = false;
        while (!worklist.isEmpty()) {
            Region region = worklist.removeLast();
            if (mergeIdenticalBlocks(rewriter, region)) {
                worklist.add(region);
                anyChanged = true;
            }
            for (Block b : region.blocks()) for (Operation op : b) for (Region r : op.regions()) worklist.add(r);
        }
        return anyChanged;
    }

    /** The identity of a successor list (same blocks in the same order). */
    private record Successors(List<Block> blocks) {
        @Override public boolean equals(Object o) {
            if (!(o instanceof Successors s) || s.blocks.size() != blocks.size()) return false;
            for (int i = 0; i < blocks.size(); i++) if (s.blocks.get(i) != blocks.get(i)) return false;
            return true;
        }

        @Override public int hashCode() {
            int h = 1;
            for (Block b : blocks) h = 31 * h + System.identityHashCode(b);
            return h;
        }
    }

    private static boolean mergeIdenticalBlocks(PatternRewriter rewriter, Region region) {
        if (region.blocks().size() < 2) return false;
        Map<Successors, List<Block>> bySuccessors = new LinkedHashMap<>();
        List<Block> blocks = region.blocks();
        for (int i = 1; i < blocks.size(); i++) {
            bySuccessors.computeIfAbsent(new Successors(blocks.get(i).successors()), k -> new ArrayList<>())
                .add(blocks.get(i));
        }
        boolean merged = false;
        for (List<Block> group : bySuccessors.values()) {
            if (group.size() == 1) continue;
            List<Cluster> clusters = new ArrayList<>();
            for (Block block : group) {
                if (hasNonEmptyRegion(block) || argumentUsedOutside(block)) continue;
                EquivalenceData data = new EquivalenceData(block);
                boolean added = false;
                for (Cluster c : clusters) if (added = c.addToCluster(data)) break;
                if (!added) clusters.add(new Cluster(data));
            }
            for (Cluster c : clusters) merged |= c.merge(rewriter);
        }
        return merged;
    }

    private static boolean hasNonEmptyRegion(Block block) {
        for (Operation op : block) for (Region r : op.regions()) if (!r.isEmpty()) return true;
        return false;
    }

    private static boolean argumentUsedOutside(Block block) {
        for (BlockArgument a : block.arguments()) if (usedOutside(a, block)) return true;
        return false;
    }

    private static boolean usedOutside(Value v, Block block) {
        for (OpOperand u : v.uses()) if (u.owner().block() != block) return true;
        return false;
    }

    /** A block with a hash of its ops (operands and results ignored) and the order index of each value. */
    private static final class EquivalenceData {
        final Block block;
        final int hash;
        final Map<Operation, Integer> opOrder = new IdentityHashMap<>();

        EquivalenceData(Block block) {
            this.block = block;
            int order = block.numArguments();
            int h = 0;
            for (Operation op : block) {
                if (op.numResults() > 0) {
                    opOrder.put(op, order);
                    order += op.numResults();
                }
                h = 31 * h + OperationEquivalence.computeHash(op, OperationEquivalence::ignoreHashValue,
                    OperationEquivalence::ignoreHashValue, OperationEquivalence.IGNORE_LOCATIONS);
            }
            hash = h;
        }

        int orderOf(Value v) {
            if (v instanceof BlockArgument a) return a.index();
            OpResult r = (OpResult) v;
            return opOrder.get(r.owner()) + r.index();
        }
    }

    /** A leader block and the blocks found identical to it, with the (op, operand) positions that differ. */
    private static final class Cluster {
        final EquivalenceData leader;
        final List<Block> toMerge = new ArrayList<>();
        final TreeSet<long[]> operandsToMerge = new TreeSet<>((a, b) -> a[0] != b[0]
            ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));

        Cluster(EquivalenceData leader) { this.leader = leader; }

        boolean addToCluster(EquivalenceData data) {
            if (leader.hash != data.hash) return false;
            Block lb = leader.block;
            Block rb = data.block;
            if (!lb.argumentTypes().equals(rb.argumentTypes())) return false;
            List<long[]> mismatched = new ArrayList<>();
            Operation l = lb.firstOp();
            Operation r = rb.firstOp();
            for (int opI = 0; l != null && r != null; l = l.next(), r = r.next(), opI++) {
                if (!OperationEquivalence.isEquivalentTo(l, r, (a, b) -> true, null,
                    OperationEquivalence.IGNORE_LOCATIONS)) {
                    return false;
                }
                for (int i = 0; i < l.numOperands(); i++) {
                    Value lv = l.operand(i);
                    Value rv = r.operand(i);
                    if (lv == rv) continue;
                    if (!lv.type().equals(rv.type())) return false;
                    boolean lIn = lv.parentBlock() == lb;
                    boolean rIn = rv.parentBlock() == rb;
                    if (lIn != rIn) return false;
                    if (!lIn) {
                        if (!validSuccessorArg(lb, lv) || !validSuccessorArg(rb, rv)) return false;
                        mismatched.add(new long[] {opI, i});
                        continue;
                    }
                    if (leader.orderOf(lv) != data.orderOf(rv)) return false;
                }
                if (resultsUsedOutside(r, rb) || resultsUsedOutside(l, lb)) return false;
            }
            if (l != null || r != null) return false;
            operandsToMerge.addAll(mismatched);
            toMerge.add(rb);
            return true;
        }

        /** A value made by a predecessor's terminator cannot be passed by that predecessor. */
        private static boolean validSuccessorArg(Block block, Value operand) {
            Operation def = operand.definingOp();
            Block defBlock = operand.parentBlock();
            if (def == null || defBlock == null || def != defBlock.lastOp()) return true;
            return !block.predecessors().contains(defBlock);
        }

        private static boolean resultsUsedOutside(Operation op, Block block) {
            for (Value v : op.results()) if (usedOutside(v, block)) return true;
            return false;
        }

        boolean merge(PatternRewriter rewriter) {
            if (toMerge.isEmpty()) return false;
            Block lb = leader.block;
            if (!operandsToMerge.isEmpty()) {
                if (!predecessorsUpdatable(lb)) return false;
                for (Block b : toMerge) if (!predecessorsUpdatable(b)) return false;
                List<Block> all = new ArrayList<>();
                all.add(lb);
                all.addAll(toMerge);
                List<List<Value>> newArguments = new ArrayList<>();
                for (int i = 0; i < all.size(); i++) newArguments.add(new ArrayList<>());
                for (long[] pos : operandsToMerge) {
                    for (int i = 0; i < all.size(); i++) {
                        Operation op = nthOp(all.get(i), (int) pos[0]);
                        Value v = op.operand((int) pos[1]);
                        newArguments.get(i).add(v);
                        if (i == 0) {
                            BlockArgument arg = lb.addArgument(v.type(), locationOf(v));
                            int index = (int) pos[1];
                            rewriter.modifyOpInPlace(op, () -> op.setOperand(index, arg));
                        }
                    }
                }
                for (int i = 0; i < all.size(); i++) appendToPredecessors(rewriter, all.get(i), newArguments.get(i));
            }
            for (Block b : toMerge) {
                List<BlockOperand> uses = new ArrayList<>();
                for (BlockOperand u = b.firstUse(); u != null; u = u.nextUse()) uses.add(u);
                for (BlockOperand u : uses) rewriter.modifyOpInPlace(u.owner(), () -> u.set(lb));
                rewriter.eraseBlock(b);
            }
            return true;
        }

        private static Operation nthOp(Block b, int n) {
            Operation op = b.firstOp();
            for (int i = 0; i < n; i++) op = op.next();
            return op;
        }
    }

    private static org.jmlir.ir.attr.Location locationOf(Value v) {
        return v instanceof BlockArgument a ? a.location() : ((OpResult) v).owner().location();
    }

    private static BranchOpInterface branch(Operation op) {
        return op != null && op.isRegistered() ? op.definition().getInterface(BranchOpInterface.class) : null;
    }

    private static boolean predecessorsUpdatable(Block block) {
        for (BlockOperand u = block.firstUse(); u != null; u = u.nextUse()) if (branch(u.owner()) == null) return false;
        return true;
    }

    private static void appendToPredecessors(PatternRewriter rewriter, Block block, List<Value> values) {
        List<BlockOperand> uses = new ArrayList<>();
        for (BlockOperand u = block.firstUse(); u != null; u = u.nextUse()) uses.add(u);
        for (BlockOperand u : uses) {
            Operation term = u.owner();
            int succ = u.index();
            rewriter.modifyOpInPlace(term, () -> branch(term).appendSuccessorOperands(term, succ, values));
        }
    }

    // ---- redundant block arguments

    static boolean dropRedundantArguments(PatternRewriter rewriter, List<Region> regions) {
        SequencedSet<Region> worklist = new LinkedHashSet<>(regions);
        boolean anyChanged = false;
        while (!worklist.isEmpty()) {
            Region region = worklist.removeLast();
            for (Block block : new ArrayList<>(region.blocks())) {
                anyChanged |= dropRedundantArguments(rewriter, block);
                for (Operation op : block) for (Region r : op.regions()) worklist.add(r);
            }
        }
        return anyChanged;
    }

    private static boolean dropRedundantArguments(PatternRewriter rewriter, Block block) {
        List<Integer> toErase = new ArrayList<>();
        for (int argIdx = 0; argIdx < block.numArguments(); argIdx++) {
            boolean same = true;
            Value common = null;
            for (BlockOperand u = block.firstUse(); u != null; u = u.nextUse()) {
                Operation term = u.owner();
                BranchOpInterface br = branch(term);
                if (br == null) {
                    same = false;
                    break;
                }
                BranchOpInterface.SuccessorOperands so = br.successorOperands(term, u.index());
                if (argIdx >= so.length()) {
                    same = false;
                    break;
                }
                Value passed = term.operand(so.start() + argIdx);
                if (common == null) {
                    common = passed;
                    continue;
                }
                if (passed != common) {
                    same = false;
                    break;
                }
            }
            if (common != null && same && common != block.argument(argIdx)) {
                toErase.add(argIdx);
                rewriter.replaceAllUsesWith(block.argument(argIdx), common);
            }
        }
        for (int k = toErase.size() - 1; k >= 0; k--) {
            int argIdx = toErase.get(k);
            List<BlockOperand> uses = new ArrayList<>();
            for (BlockOperand u = block.firstUse(); u != null; u = u.nextUse()) uses.add(u);
            for (BlockOperand u : uses) {
                Operation term = u.owner();
                int succ = u.index();
                rewriter.modifyOpInPlace(term, () -> branch(term).eraseSuccessorOperand(term, succ, argIdx));
            }
            block.eraseArgument(argIdx);
        }
        return !toErase.isEmpty();
    }
}
