package org.jmlir.ir;

import org.jmlir.ir.attr.Location;

/** Result number {@code index} of its owner operation. */
public final class OpResult extends ValueImpl implements Value {
    private final Operation owner;
    private final int index;

    OpResult(Operation owner, int index, org.jmlir.ir.type.Type type) {
        super(type);
        this.owner = owner;
        this.index = index;
    }

    public Operation owner() { return owner; }

    public int index() { return index; }

    @Override public Operation definingOp() { return owner; }

    @Override public Block parentBlock() { return owner.block(); }

    @Override public Location location() { return owner.location(); }

    @Override
    public String toString() { return "OpResult#" + index + " of " + owner.name(); }
}
