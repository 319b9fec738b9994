package org.jmlir.ir;

/**
 * One use of a value by an operation: operand number {@code index} of {@code owner}. Linked into the value's use
 * list; {@link #set} moves it between lists in O(1).
 */
public final class OpOperand {
    private final Operation owner;
    private final int index;
    private Value value;
    private OpOperand prevUse;
    private OpOperand nextUse;

    OpOperand(Operation owner, int index, Value value) {
        this.owner = owner;
        this.index = index;
        link(value);
    }

    public Operation owner() { return owner; }

    public int index() { return index; }

    public Value get() { return value; }

    public OpOperand nextUse() { return nextUse; }

    /** Points this operand at another value. */
    public void set(Value v) {
        if (v == value) return;
        unlink();
        link(v);
    }

    void drop() { unlink(); }

    private void link(Value v) {
        value = java.util.Objects.requireNonNull(v, "operand value");
        ValueImpl impl = (ValueImpl) v;
        nextUse = impl.firstUse;
        prevUse = null;
        if (nextUse != null) nextUse.prevUse = this;
        impl.firstUse = this;
    }

    private void unlink() {
        if (value == null) return;
        if (prevUse != null) prevUse.nextUse = nextUse;
        else ((ValueImpl) value).firstUse = nextUse;
        if (nextUse != null) nextUse.prevUse = prevUse;
        prevUse = nextUse = null;
        value = null;
    }
}
