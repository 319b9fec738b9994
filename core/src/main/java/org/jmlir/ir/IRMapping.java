package org.jmlir.ir;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a copy of IR maps to what: values, blocks and operations of the original to their counterparts. Cloning
 * fills it; callers may seed it (map a block argument to an outside value to inline a region, for instance).
 * Lookups are by identity.
 */
public final class IRMapping {
    private final Map<Value, Value> values = new IdentityHashMap<>();
    private final Map<Block, Block> blocks = new IdentityHashMap<>();
    private final Map<Operation, Operation> operations = new IdentityHashMap<>();

    public IRMapping() {}

    public IRMapping map(Value from, Value to) {
        values.put(from, to);
        return this;
    }

    public IRMapping map(Block from, Block to) {
        blocks.put(from, to);
        return this;
    }

    public IRMapping map(Operation from, Operation to) {
        operations.put(from, to);
        return this;
    }

    /** Maps each value of {@code from} to the value at the same position of {@code to}. */
    public IRMapping map(Iterable<? extends Value> from, Iterable<? extends Value> to) {
        var it = to.iterator();
        for (Value f : from) map(f, it.next());
        return this;
    }

    public boolean contains(Value v) { return values.containsKey(v); }

    public boolean contains(Block b) { return blocks.containsKey(b); }

    public boolean contains(Operation op) { return operations.containsKey(op); }

    /** The mapped value, or null. */
    public Value lookupOrNull(Value v) { return values.get(v); }

    public Block lookupOrNull(Block b) { return blocks.get(b); }

    public Operation lookupOrNull(Operation op) { return operations.get(op); }

    /** The mapped value, or {@code v} itself when unmapped (values defined outside the copied IR). */
    public Value lookupOrDefault(Value v) { return values.getOrDefault(v, v); }

    public Block lookupOrDefault(Block b) { return blocks.getOrDefault(b, b); }

    public Operation lookupOrDefault(Operation op) { return operations.getOrDefault(op, op); }

    /** The mapped value; throws if there is none. */
    public Value lookup(Value v) { return require(values.get(v), "value"); }

    public Block lookup(Block b) { return require(blocks.get(b), "block"); }

    public Operation lookup(Operation op) { return require(operations.get(op), "operation"); }

    public void erase(Value v) { values.remove(v); }

    public void erase(Block b) { blocks.remove(b); }

    public void erase(Operation op) { operations.remove(op); }

    public void clear() {
        values.clear();
        blocks.clear();
        operations.clear();
    }

    private static <T> T require(T t, String what) {
        if (t == null) throw new IllegalArgumentException("no mapping for this " + what);
        return t;
    }
}
