package org.jmlir.ir;

/** One use of a block as a successor of a terminator; blocks keep these in a use list to know their predecessors. */
public final class BlockOperand {
    private final Operation owner;
    private final int index;
    private Block block;
    private BlockOperand prevUse;
    private BlockOperand nextUse;

    BlockOperand(Operation owner, int index, Block block) {
        this.owner = owner;
        this.index = index;
        link(block);
    }

    public Operation owner() { return owner; }

    public int index() { return index; }

    public Block get() { return block; }

    public BlockOperand nextUse() { return nextUse; }

    public void set(Block b) {
        if (b == block) return;
        unlink();
        link(b);
    }

    void drop() { unlink(); }

    private void link(Block b) {
        block = java.util.Objects.requireNonNull(b, "successor");
        nextUse = b.firstUse;
        prevUse = null;
        if (nextUse != null) nextUse.prevUse = this;
        b.firstUse = this;
    }

    private void unlink() {
        if (block == null) return;
        if (prevUse != null) prevUse.nextUse = nextUse;
        else block.firstUse = nextUse;
        if (nextUse != null) nextUse.prevUse = prevUse;
        prevUse = nextUse = null;
        block = null;
    }
}
