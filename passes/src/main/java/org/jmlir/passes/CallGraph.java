package org.jmlir.passes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmlir.iface.CallOpInterface;
import org.jmlir.iface.CallableOpInterface;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.SymbolTable;
import org.jmlir.ir.attr.SymbolRefAttr;

/**
 * The calls between callables under an op (MLIR's CallGraph): a node per callable with a body, an edge per
 * callable it calls directly (through a symbol), and its strongly connected components callees first, as the
 * inliner visits them. Calls to external declarations and indirect calls lead nowhere.
 */
final class CallGraph {
    private final List<Operation> nodes = new ArrayList<>();
    private final Map<Operation, Set<Operation>> edges = new IdentityHashMap<>();

    static CallableOpInterface callable(Operation op) {
        return op.isRegistered() ? op.definition().getInterface(CallableOpInterface.class) : null;
    }

    static CallOpInterface call(Operation op) {
        return op.isRegistered() ? op.definition().getInterface(CallOpInterface.class) : null;
    }

    /** The callable with a body a call resolves to, or null. */
    static Operation resolve(Operation call) {
        CallOpInterface c = call(call);
        SymbolRefAttr ref = c == null ? null : c.callee(call);
        if (ref == null) return null;
        Operation target = SymbolTable.lookupNearestSymbolFrom(call, ref);
        if (target == null) return null;
        CallableOpInterface t = callable(target);
        return t != null && t.callableRegion(target) != null ? target : null;
    }

    /** The body of a callable node. */
    static Region body(Operation node) { return callable(node).callableRegion(node); }

    static CallGraph build(Operation root) {
        CallGraph g = new CallGraph();
        ArrayDeque<Operation> work = new ArrayDeque<>();
        for (Region r : root.regions()) for (Block b : r.blocks()) for (Operation op : b) work.add(op);
        while (!work.isEmpty()) {
            Operation op = work.poll();
            CallableOpInterface c = callable(op);
            if (c != null && c.callableRegion(op) != null) {
                g.nodes.add(op);
                g.edges.put(op, new LinkedHashSet<>());
            }
            for (Region r : op.regions()) for (Block b : r.blocks()) for (Operation n : b) work.add(n);
        }
        for (Operation node : g.nodes) {
            for (Operation call : calls(node)) {
                Operation target = resolve(call);
                if (target != null && g.edges.containsKey(target)) g.edges.get(node).add(target);
            }
        }
        return g;
    }

    /** The call ops in {@code node}'s body, in order, not those inside nested callables. */
    static List<Operation> calls(Operation node) {
        List<Operation> top = new ArrayList<>();
        for (Block b : body(node).blocks()) for (Operation op : b) top.add(op);
        return callsIn(top);
    }

    /** The call ops among {@code ops} and nested in them, in order, not those inside nested callables. */
    static List<Operation> callsIn(List<Operation> top) {
        List<Operation> out = new ArrayList<>();
        ArrayDeque<Operation> stack = new ArrayDeque<>();
        for (int i = top.size() - 1; i >= 0; i--) stack.push(top.get(i));
        while (!stack.isEmpty()) {
            Operation op = stack.pop();
            if (call(op) != null) out.add(op);
            if (callable(op) != null) continue;
            List<Operation> nested = new ArrayList<>();
            for (Region r : op.regions()) for (Block b : r.blocks()) for (Operation n : b) nested.add(n);
            for (int i = nested.size() - 1; i >= 0; i--) stack.push(nested.get(i));
        }
        return out;
    }

    List<Operation> nodes() { return nodes; }

    Set<Operation> callees(Operation node) { return edges.getOrDefault(node, Set.of()); }

    /** Strongly connected components, each callee's before its callers' (Tarjan's algorithm, without recursion). */
    List<List<Operation>> sccsCalleesFirst() {
        Map<Operation, Integer> index = new IdentityHashMap<>(), low = new IdentityHashMap<>();
        Set<Operation> onStack = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Operation> sccStack = new ArrayDeque<>();
        List<List<Operation>> out = new ArrayList<>();
        int[] counter = {0};
        record Frame(Operation node, java.util.Iterator<Operation> next) {}
        for (Operation start : nodes) {
            if (index.containsKey(start)) continue;
            ArrayDeque<Frame> dfs = new ArrayDeque<>();
            index.put(start, counter[0]);
            low.put(start, counter[0]++);
            sccStack.push(start);
            onStack.add(start);
            dfs.push(new Frame(start, callees(start).iterator()));
            while (!dfs.isEmpty()) {
                Frame f = dfs.peek();
                if (f.next().hasNext()) {
                    Operation w = f.next().next();
                    if (!index.containsKey(w)) {
                        index.put(w, counter[0]);
                        low.put(w, counter[0]++);
                        sccStack.push(w);
                        onStack.add(w);
                        dfs.push(new Frame(w, callees(w).iterator()));
                    } else if (onStack.contains(w)) {
                        low.put(f.node(), Math.min(low.get(f.node()), index.get(w)));
                    }
                    continue;
                }
                dfs.pop();
                Operation v = f.node();
                if (!dfs.isEmpty()) low.put(dfs.peek().node(), Math.min(low.get(dfs.peek().node()), low.get(v)));
                if (low.get(v).equals(index.get(v))) {
                    List<Operation> scc = new ArrayList<>();
                    Operation w;
                    do {
                        w = sccStack.pop();
                        onStack.remove(w);
                        scc.add(w);
                    } while (w != v);
                    out.add(scc);
                }
            }
        }
        return out;
    }
}
