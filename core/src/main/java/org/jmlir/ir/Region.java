package org.jmlir.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A list of blocks owned by an operation. The first block is the entry block. */
public final class Region {
    private Operation parent;
    private final ArrayList<Block> blocks = new ArrayList<>(1);

    public Region() {}

    public Operation parentOp() { return parent; }

    void setParent(Operation op) { this.parent = op; }

    public List<Block> blocks() { return Collections.unmodifiableList(blocks); }

    public boolean isEmpty() { return blocks.isEmpty(); }

    public Block entryBlock() { return blocks.isEmpty() ? null : blocks.get(0); }

    public int indexOf(Block b) { return blocks.indexOf(b); }

    /** Index of this region in its parent op. */
    public int indexInParent() {
        if (parent == null) return -1;
        for (int i = 0; i < parent.numRegions(); i++) if (parent.region(i) == this) return i;
        return -1;
    }

    public Block addBlock(Block b) { return insertBlock(blocks.size(), b); }

    public Block insertBlock(int index, Block b) {
        if (b.parent() != null) throw new IllegalStateException("block already in a region");
        blocks.add(index, b);
        b.setParent(this);
        return b;
    }

    public void removeBlock(Block b) {
        if (blocks.remove(b)) b.setParent(null);
    }

    /** Moves all blocks of {@code other} to the end of this region. */
    public void takeBody(Region other) {
        for (Block b : new ArrayList<>(other.blocks)) {
            other.removeBlock(b);
            addBlock(b);
        }
    }

    /** Detaches every block, dropping their ops' operand uses first so that no dangling use remains. */
    public void dropAllBlocks() {
        for (Block b : blocks) for (Operation op : b.operations()) op.dropAllReferences();
        for (Block b : blocks) b.setParent(null);
        blocks.clear();
    }

    /** The op that owns this region's parent chain at the given ancestor level; null if detached. */
    public Region parentRegion() {
        return parent == null || parent.block() == null ? null : parent.block().parent();
    }

    /** True if {@code other} is this region or nested in it. */
    public boolean isAncestorOf(Region other) {
        for (Region r = other; r != null; r = r.parentRegion()) if (r == this) return true;
        return false;
    }

    /** True if {@code other} is nested in this region (and is not this region). */
    public boolean isProperAncestorOf(Region other) { return other != this && isAncestorOf(other); }

    /** The ancestor of {@code op} (or op itself) that lies directly in this region, or null. */
    public Operation findAncestorOpInRegion(Operation op) {
        for (Operation o = op; o != null; o = o.parentOp()) if (o.parentRegion() == this) return o;
        return null;
    }

    /** The ancestor of {@code b} (or b itself) that is a block of this region, or null. */
    public Block findAncestorBlockInRegion(Block b) {
        for (Block cur = b; cur != null; ) {
            if (cur.parent() == this) return cur;
            Operation owner = cur.parentOp();
            cur = owner == null ? null : owner.block();
        }
        return null;
    }

    // ---- copies

    /** Appends deep copies of this region's blocks to {@code dest}, as MLIR's {@code Region::cloneInto}. */
    public void cloneInto(Region dest, IRMapping mapping) { Cloner.cloneInto(this, dest, dest.blocks.size(), mapping); }

    /** Inserts deep copies of this region's blocks into {@code dest} before block number {@code index}. */
    public void cloneInto(Region dest, int index, IRMapping mapping) { Cloner.cloneInto(this, dest, index, mapping); }
}
