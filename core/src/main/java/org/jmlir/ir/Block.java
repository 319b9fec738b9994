package org.jmlir.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;

/**
 * A basic block: arguments and an intrusive doubly linked list of operations. Keeps the uses of itself as a successor
 * so that predecessors are known, and a lazily computed order of its ops for O(1) "is before" queries.
 */
public final class Block implements Iterable<Operation> {
    private Region parent;
    private final ArrayList<BlockArgument> arguments = new ArrayList<>(0);
    private Operation first;
    private Operation last;
    private int size;
    private boolean orderValid;
    BlockOperand firstUse;

    public Block() {}

    public Region parent() { return parent; }

    void setParent(Region r) { this.parent = r; }

    public Operation parentOp() { return parent == null ? null : parent.parentOp(); }

    // ---- arguments

    public List<BlockArgument> arguments() { return Collections.unmodifiableList(arguments); }

    public int numArguments() { return arguments.size(); }

    public BlockArgument argument(int i) { return arguments.get(i); }

    public BlockArgument addArgument(Type type, Location loc) {
        BlockArgument a = new BlockArgument(this, arguments.size(), type, loc);
        arguments.add(a);
        return a;
    }

    public BlockArgument insertArgument(int index, Type type, Location loc) {
        BlockArgument a = new BlockArgument(this, index, type, loc);
        arguments.add(index, a);
        for (int i = index + 1; i < arguments.size(); i++) arguments.get(i).index = i;
        return a;
    }

    /** Removes an unused argument. */
    public void eraseArgument(int index) {
        if (arguments.get(index).hasUses()) throw new IllegalStateException("erasing a block argument that has uses");
        arguments.remove(index);
        for (int i = index; i < arguments.size(); i++) arguments.get(i).index = i;
    }

    public List<Type> argumentTypes() {
        List<Type> t = new ArrayList<>(arguments.size());
        for (BlockArgument a : arguments) t.add(a.type());
        return t;
    }

    // ---- operations

    public Operation firstOp() { return first; }

    public Operation lastOp() { return last; }

    public int numOperations() { return size; }

    public boolean isEmpty() { return first == null; }

    /** The terminator: the last op, if it has the terminator trait (or is unregistered and last); else null. */
    public Operation terminator() {
        if (last == null) return null;
        return last.mightBeTerminator() ? last : null;
    }

    public List<Operation> operations() {
        List<Operation> out = new ArrayList<>(size);
        for (Operation o = first; o != null; o = o.next()) out.add(o);
        return out;
    }

    @Override
    public Iterator<Operation> iterator() {
        return new Iterator<>() {
            Operation next = first;

            public boolean hasNext() { return next != null; }

            public Operation next() {
                if (next == null) throw new NoSuchElementException();
                Operation c = next;
                next = c.next();
                return c;
            }
        };
    }

    public void append(Operation op) { insertBefore(null, op); }

    public void prepend(Operation op) { insertBefore(first, op); }

    /** Inserts a detached op before {@code anchor} (at the end when anchor is null). */
    public void insertBefore(Operation anchor, Operation op) {
        if (op.block() != null) throw new IllegalStateException("operation already in a block: " + op.name());
        if (anchor != null && anchor.block() != this) throw new IllegalArgumentException("anchor not in this block");
        Operation prev = anchor == null ? last : anchor.prev();
        op.link(this, prev, anchor);
        if (prev == null) first = op; else prev.setNext(op);
        if (anchor == null) last = op; else anchor.setPrev(op);
        size++;
        orderValid = false;
    }

    public void insertAfter(Operation anchor, Operation op) {
        insertBefore(anchor == null ? first : anchor.next(), op);
    }

    /** Unlinks an op from this block without destroying it. */
    void unlink(Operation op) {
        Operation p = op.prev(), n = op.next();
        if (p == null) first = n; else p.setNext(n);
        if (n == null) last = p; else n.setPrev(p);
        op.link(null, null, null);
        size--;
    }

    /** Whether {@code a} comes before {@code b}; both must be in this block. O(1) after an O(n) renumbering. */
    public boolean isBefore(Operation a, Operation b) {
        if (!orderValid) {
            int i = 0;
            for (Operation o = first; o != null; o = o.next()) o.orderIndex = i++;
            orderValid = true;
        }
        return a.orderIndex < b.orderIndex;
    }

    // ---- predecessors

    public BlockOperand firstUse() { return firstUse; }

    public boolean hasPredecessors() { return firstUse != null; }

    public List<Block> predecessors() {
        List<Block> out = new ArrayList<>();
        for (BlockOperand u = firstUse; u != null; u = u.nextUse()) out.add(u.owner().block());
        return out;
    }

    /** The successors of this block's terminator. */
    public List<Block> successors() {
        Operation t = last;
        if (t == null) return List.of();
        return t.successors();
    }

    public boolean isEntryBlock() { return parent != null && parent.entryBlock() == this; }

    /** The ancestor of {@code op} that lies directly in this block, or null. */
    public Operation findAncestorOpInBlock(Operation op) {
        for (Operation o = op; o != null; o = o.parentOp()) if (o.block() == this) return o;
        return null;
    }

    /** Moves this block's ops (not arguments) to the end of {@code dest}. */
    public void moveOpsTo(Block dest) {
        for (Operation o : operations()) {
            o.remove();
            dest.append(o);
        }
    }
}
