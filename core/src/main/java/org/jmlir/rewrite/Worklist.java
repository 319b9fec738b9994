package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;
import org.jmlir.ir.Operation;

/** The greedy driver's worklist: a stack without duplicates whose entries can be removed in O(1). */
final class Worklist {
    private final List<Operation> list = new ArrayList<>();
    /** Position of each queued op in {@link #list}; ops compare by identity (Operation keeps Object's equals). */
    private final ObjectIntHashMap<Operation> index = new ObjectIntHashMap<>();

    boolean isEmpty() {
        while (!list.isEmpty() && list.getLast() == null) list.removeLast();
        return list.isEmpty();
    }

    void clear() {
        list.clear();
        index.clear();
    }

    /** Adds {@code op} on top unless it is already queued. */
    void push(Operation op) {
        if (index.getIfAbsentPut(op, list.size()) != list.size()) return;
        list.add(op);
    }

    /** The most recently pushed op still queued, or null when empty. */
    Operation pop() {
        while (!list.isEmpty()) {
            Operation op = list.removeLast();
            if (op != null) {
                index.remove(op);
                return op;
            }
        }
        return null;
    }

    void remove(Operation op) {
        int i = index.removeKeyIfAbsent(op, -1);
        if (i >= 0) list.set(i, null);
    }

    /** Reverses the order, so that pops return ops in push order. */
    void reverse() {
        Collections.reverse(list);
        int n = list.size();
        for (int i = 0; i < n; i++) if (list.get(i) != null) index.put(list.get(i), i);
    }
}
