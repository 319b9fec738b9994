package org.jmlir.ir;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jmlir.ods.Trait;

/**
 * Dominance between values, ops and blocks, across nested regions, with MLIR's semantics: a use in a nested region
 * is placed at the ancestor op in the defining region; block arguments dominate their whole block; inside a graph
 * region (single block, parent with {@link Trait#GRAPH_REGIONS} or unregistered) order does not matter; nothing
 * unreachable properly dominates or is properly dominated across blocks. Dominator trees are built per region on
 * first use and cached: call {@link #invalidate} after changing a region's CFG. Not thread-safe.
 */
public final class DominanceInfo {
    private final Map<Region, DomTree> trees = new IdentityHashMap<>();

    public DominanceInfo() {}

    /**
     * Whether order matters in {@code region}. Multi-block regions always follow SSA dominance; a single-block region
     * does unless its parent op declares graph regions or is unregistered (nothing is known about it).
     */
    public boolean hasSSADominance(Region region) {
        if (region == null || region.blocks().size() > 1) return true;
        Operation parent = region.parentOp();
        if (parent == null) return true;
        return parent.isRegistered() && !parent.hasTrait(Trait.GRAPH_REGIONS);
    }

    public boolean hasSSADominance(Block block) { return hasSSADominance(block.parent()); }

    /** Whether {@code block} can be reached from its region's entry block. */
    public boolean isReachableFromEntry(Block block) {
        Region r = block.parent();
        if (r == null) return false;
        return r.entryBlock() == block || tree(r).isReachable(block);
    }

    // ---- values

    /** Whether {@code value} is available at {@code user}: MLIR's {@code properlyDominates(Value, Operation*)}. */
    public boolean properlyDominates(Value value, Operation user) {
        if (value instanceof BlockArgument arg) return user.block() != null && dominates(arg.owner(), user.block());
        // An op does not dominate what is nested in its own regions.
        return properlyDominates(value.definingOp(), user, false);
    }

    /** Like {@link #properlyDominates(Value, Operation)}, and also true when {@code user} defines the value. */
    public boolean dominates(Value value, Operation user) {
        return value.definingOp() == user || properlyDominates(value, user);
    }

    // ---- operations

    /** Whether {@code a} comes before {@code b} in dominance order; an op encloses (so dominates) its nested ops. */
    public boolean properlyDominates(Operation a, Operation b) { return properlyDominates(a, b, true); }

    /** As above; with {@code enclosingOpOk} false an op does not dominate the ops nested in it. */
    public boolean properlyDominates(Operation a, Operation b, boolean enclosingOpOk) {
        if (a.block() == null || b.block() == null) return false;
        return properlyDominates(a.block(), a, b.block(), b, enclosingOpOk);
    }

    public boolean dominates(Operation a, Operation b) { return a == b || properlyDominates(a, b); }

    // ---- blocks

    public boolean properlyDominates(Block a, Block b) {
        return properlyDominates(a, a.firstOp(), b, b.firstOp(), true);
    }

    public boolean dominates(Block a, Block b) { return a == b || properlyDominates(a, b); }

    /** The immediate dominator of {@code b} within its region; null for an entry or unreachable block. */
    public Block immediateDominator(Block b) {
        Region r = b.parent();
        return r == null || r.entryBlock() == b ? null : tree(r).immediateDominator(b);
    }

    /**
     * The nearest block that dominates both, after lifting them to a common region; null if they share no region
     * or one of them is unreachable there.
     */
    public Block findNearestCommonDominator(Block a, Block b) {
        if (a == null || b == null) return null;
        if (a == b) return a;
        Map<Region, Block> aChain = new IdentityHashMap<>();
        for (Block cur = a; cur != null; cur = enclosingBlock(cur)) aChain.putIfAbsent(cur.parent(), cur);
        for (Block cur = b; cur != null; cur = enclosingBlock(cur)) {
            Block other = aChain.get(cur.parent());
            if (other == null || cur.parent() == null) continue;
            return other == cur ? cur : tree(cur.parent()).nearestCommonDominator(other, cur);
        }
        return null;
    }

    // ---- cache

    /** Forgets every dominator tree. */
    public void invalidate() { trees.clear(); }

    /** Forgets the dominator tree of {@code region} (after its blocks or their terminators changed). */
    public void invalidate(Region region) { trees.remove(region); }

    // ---- implementation

    /**
     * Positions are an op, or null for the end of the block. MLIR's properlyDominatesImpl: lift b into a's region
     * through its ancestors, then compare in one block by order or across blocks by the tree.
     */
    private boolean properlyDominates(Block aBlock, Operation aPos, Block bBlock, Operation bPos, boolean enclosingOk) {
        if (aBlock == bBlock && aPos == bPos) return !hasSSADominance(aBlock);
        Region aRegion = aBlock.parent();
        if (aRegion != bBlock.parent()) {
            if (aRegion == null) return false;
            Operation bParent = bBlock.parentOp();
            Operation ancestor = bParent == null ? null : aRegion.findAncestorOpInRegion(bParent);
            if (ancestor == null) return false;
            bBlock = ancestor.block();
            bPos = ancestor;
            if (aBlock == bBlock && aPos == bPos && enclosingOk) return true;
        }
        if (aBlock == bBlock) {
            if (!hasSSADominance(aBlock)) return true;
            return isBeforeInBlock(aBlock, aPos, bPos);
        }
        return tree(aRegion).properlyDominates(aBlock, bBlock);
    }

    private static boolean isBeforeInBlock(Block block, Operation a, Operation b) {
        if (a == b || a == null) return false;
        if (b == null) return true;
        return block.isBefore(a, b);
    }

    private static Block enclosingBlock(Block b) {
        Operation owner = b.parentOp();
        return owner == null ? null : owner.block();
    }

    private DomTree tree(Region r) { return trees.computeIfAbsent(r, DomTree::new); }
}
