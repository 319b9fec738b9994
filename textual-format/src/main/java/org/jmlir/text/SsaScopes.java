package org.jmlir.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;

/**
 * SSA name and block name scoping of the parser, as MLIR scopes them: names defined in a region are visible in it and
 * in the regions nested in it, except across an IsolatedFromAbove op, which starts a fresh scope. A use before the
 * definition creates a placeholder that the definition replaces; placeholders or block references still
 * unresolved when their region closes are errors.
 */
final class SsaScopes {
    /** One definition: the values of a name ({@code %x:3} defines three) and where it was defined. */
    record Definition(List<Value> values, Location location) {
    }

    /** A forward reference waiting for its definition. */
    record ForwardRef(Value placeholder, String name, int index, Location location) {
    }

    /** A region-level scope: the names and forward references it owns, and its blocks. */
    private static final class RegionScope {
        final Set<String> names = new HashSet<>();
        final Map<String, Block> blocks = new HashMap<>();
        final Map<Block, Location> undefinedBlocks = new LinkedHashMap<>();
        final Map<Block, Location> definedBlocks = new IdentityHashMap<>();
    }

    /** Names visible together: everything inside one IsolatedFromAbove op. */
    private static final class IsolatedScope {
        final Map<String, Definition> values = new HashMap<>();
        /** Uses not yet defined. A nested region may use a value its parent region defines later (dominance, not
         * the parser, rejects that), so these live as long as the isolated scope. */
        final Map<Value, ForwardRef> forwardRefs = new LinkedHashMap<>();
        final ArrayDeque<RegionScope> regions = new ArrayDeque<>();
    }

    private final Context context;
    private final ArrayDeque<IsolatedScope> isolated = new ArrayDeque<>();
    private final Map<Value, Operation> placeholderOps = new IdentityHashMap<>();

    SsaScopes(Context context) {
        this.context = context;
        push(true);
    }

    void push(boolean isolatedFromAbove) {
        if (isolatedFromAbove || isolated.isEmpty()) isolated.push(new IsolatedScope());
        isolated.peek().regions.push(new RegionScope());
    }

    /**
     * Closes the innermost region scope; returns the undefined blocks of the region and, when this closes the
     * isolated scope, the forward references never defined.
     */
    Unresolved pop() {
        IsolatedScope iso = isolated.peek();
        RegionScope r = iso.regions.pop();
        if (placeholderOps.isEmpty()) { // no forward references pending: every name of the region goes
            for (String n : r.names) iso.values.remove(n);
        } else {
            for (String n : r.names) {
                Definition d = iso.values.get(n);
                if (d != null && !isPlaceholder(firstValue(d))) iso.values.remove(n);
            }
        }
        List<ForwardRef> refs = List.of();
        if (iso.regions.isEmpty()) {
            isolated.pop();
            refs = new ArrayList<>(iso.forwardRefs.values());
        }
        return new Unresolved(refs, r.undefinedBlocks);
    }

    private static Value firstValue(Definition d) {
        for (Value v : d.values()) if (v != null) return v;
        return null;
    }

    record Unresolved(List<ForwardRef> values, Map<Block, Location> blocks) {
        boolean isEmpty() { return values.isEmpty() && blocks.isEmpty(); }
    }

    /** The definition of {@code name} visible here, or null. */
    Definition lookup(String name) { return isolated.peek().values.get(name); }

    boolean isPlaceholder(Value v) { return placeholderOps.containsKey(v); }

    /** Makes a placeholder for a use of {@code name#index} before its definition. */
    Value forwardReference(String name, int index, Type type, Location loc) {
        IsolatedScope iso = isolated.peek();
        Definition d = iso.values.get(name);
        List<Value> vals;
        if (d == null) {
            vals = new ArrayList<>();
            d = new Definition(vals, loc);
            iso.values.put(name, d);
        } else {
            vals = d.values();
        }
        while (vals.size() <= index) vals.add(null);
        OperationState s = new OperationState(context.operationName("builtin.unresolved_forward_reference"), loc);
        s.addType(type);
        Operation op = Operation.create(s);
        Value v = op.result(0);
        placeholderOps.put(v, op);
        vals.set(index, v);
        iso.forwardRefs.put(v, new ForwardRef(v, name, index, loc));
        return v;
    }

    /**
     * Defines {@code name} as {@code values}. Returns null on success; otherwise the earlier definition (a
     * redefinition), or a forward reference whose type disagrees (the caller reports it).
     */
    Object define(String name, List<? extends Value> values, Location loc) {
        IsolatedScope iso = isolated.peek();
        Definition prev = iso.values.get(name);
        if (prev != null) {
            for (int i = 0; i < prev.values().size(); i++) {
                Value p = prev.values().get(i);
                if (p != null && !isPlaceholder(p)) return prev;
            }
            for (int i = 0; i < prev.values().size(); i++) {
                Value p = prev.values().get(i);
                if (p == null) continue;
                if (i >= values.size()) return forwardRefOf(p);
                if (!p.type().equals(values.get(i).type())) return forwardRefOf(p);
            }
            for (int i = 0; i < prev.values().size(); i++) {
                Value p = prev.values().get(i);
                if (p == null) continue;
                p.replaceAllUsesWith(values.get(i));
                resolved(p);
            }
        }
        // Immutable: only placeholder definitions (made in forwardReference) grow.
        iso.values.put(name, new Definition(List.copyOf(values), loc));
        iso.regions.peek().names.add(name);
        return null;
    }

    private ForwardRef forwardRefOf(Value placeholder) {
        for (IsolatedScope iso : isolated) {
            ForwardRef f = iso.forwardRefs.get(placeholder);
            if (f != null) return f;
        }
        return new ForwardRef(placeholder, "", 0, Location.UNKNOWN);
    }

    private void resolved(Value placeholder) {
        for (IsolatedScope iso : isolated) iso.forwardRefs.remove(placeholder);
        placeholderOps.remove(placeholder);
    }

    // ---- blocks

    /** The block called {@code name} in the current region, created (as a forward reference) on first mention. */
    Block blockReference(String name, Location loc) {
        RegionScope r = isolated.peek().regions.peek();
        Block b = r.blocks.get(name);
        if (b == null) {
            b = new Block();
            r.blocks.put(name, b);
            r.undefinedBlocks.put(b, loc);
        }
        return b;
    }

    /** Marks {@code name} defined; returns null, or the location of an earlier definition (a redefinition). */
    Location defineBlock(String name, Block b, Location loc) {
        RegionScope r = isolated.peek().regions.peek();
        Location prev = r.definedBlocks.get(b);
        if (prev != null) return prev;
        r.blocks.putIfAbsent(name, b);
        r.undefinedBlocks.remove(b);
        r.definedBlocks.put(b, loc);
        return null;
    }

    /** Drops placeholders still in the IR after a failed parse so nothing dangles. */
    void discardPlaceholders() {
        for (Value v : placeholderOps.keySet()) {
            for (var u : v.uses()) u.owner().dropAllReferences();
        }
        placeholderOps.clear();
    }
}
