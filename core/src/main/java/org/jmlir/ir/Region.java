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
}
