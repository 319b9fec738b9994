package org.jmlir.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.AffineMapAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerSetAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.TupleType;
import org.jmlir.ir.type.Type;

/**
 * The aliases a printed module uses, as mlir-opt chooses them: affine maps {@code #map}, integer sets {@code #set},
 * tuples of more than 16 types {@code !tuple}, and with debug info every location {@code #loc}. Each kind is numbered
 * in order of first use in printing order ({@code #map}, {@code #map1}, ...). Definitions are printed ordered by
 * nesting depth (an alias used inside another comes first), type aliases before attribute aliases, then by name;
 * op locations are deferred after the module, as mlir-opt does.
 */
final class AliasState {
    /** One aliased attribute or type. */
    private static final class Alias {
        final Object value;
        final String prefix;
        final int firstUse;
        boolean deferred;
        String name;
        int depth = -1;

        Alias(Object value, String prefix, int firstUse, boolean deferred) {
            this.value = value;
            this.prefix = prefix;
            this.firstUse = firstUse;
            this.deferred = deferred;
        }
    }

    private final Map<Object, Alias> aliases = new LinkedHashMap<>();
    private final List<Alias> ordered;

    AliasState(Operation root, PrintOptions options) {
        collect(root, options.debugInfo());
        ordered = new ArrayList<>(aliases.values());
        for (Alias a : ordered) depthOf(a);
        ordered.sort(Comparator.<Alias>comparingInt(a -> a.depth)
            .thenComparingInt(a -> a.value instanceof Type ? 0 : 1)
            .thenComparing(a -> a.prefix)
            .thenComparingInt(a -> a.firstUse));
        // Names are numbered in definition order, so an alias nested in another gets the lower number.
        Map<String, Integer> counters = new HashMap<>();
        for (Alias a : ordered) {
            int n = counters.merge(a.prefix, 1, Integer::sum) - 1;
            a.name = (a.value instanceof Type ? "!" : "#") + a.prefix + (n == 0 ? "" : Integer.toString(n));
        }
    }

    /** Walks ops in (generic) printing order: location, properties, regions, attributes, operand and result types. */
    private void collect(Operation root, boolean debugInfo) {
        ArrayDeque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            switch (item) {
                case Operation op -> {
                    if (debugInfo) noteLocation(op.location(), true);
                    for (NamedAttribute a : op.properties().entries()) visit(a.value());
                    // What prints after the regions is queued below them.
                    work.push(new Tail(op));
                    List<Block> blocks = new ArrayList<>();
                    for (Region r : op.regions()) blocks.addAll(r.blocks());
                    for (int i = blocks.size() - 1; i >= 0; i--) work.push(blocks.get(i));
                }
                case Block b -> {
                    for (BlockArgument a : b.arguments()) {
                        visit(a.type());
                        if (debugInfo) noteLocation(a.location(), false);
                    }
                    List<Operation> ops = b.operations();
                    for (int i = ops.size() - 1; i >= 0; i--) work.push(ops.get(i));
                }
                case Tail t -> {
                    for (NamedAttribute a : t.op.attributes().entries()) visit(a.value());
                    for (Value v : t.op.operands()) visit(v.type());
                    for (Value v : t.op.results()) visit(v.type());
                }
                default -> throw new IllegalStateException();
            }
        }
    }

    private record Tail(Operation op) {
    }

    /**
     * A location and the locations nested in it, which are aliased too (except an unknown child). A location is
     * deferred (defined after the module) unless some block argument uses it, directly or nested.
     */
    private void noteLocation(Location loc, boolean deferred) {
        note(loc, deferred);
        SubElements.walkNested(loc, x -> {
            if (x instanceof Location && !(x instanceof org.jmlir.ir.attr.UnknownLoc)) note(x, deferred);
        });
    }

    /** Types and attributes already walked: interned values repeat on every op, and each walk is enough once. */
    private final java.util.Set<Object> walked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void visit(Object attrOrType) {
        // Scalars are by far the most common and can hold nothing to alias.
        if (attrOrType instanceof org.jmlir.ir.type.IntegerType || attrOrType instanceof org.jmlir.ir.type.FloatType
            || attrOrType instanceof org.jmlir.ir.type.IndexType) {
            return;
        }
        if (!walked.add(attrOrType)) return;
        SubElements.walk(attrOrType, x -> note(x, false));
    }

    private static String prefixOf(Object x) {
        if (x instanceof AffineMapAttr) return "map";
        if (x instanceof IntegerSetAttr) return "set";
        if (x instanceof TupleType t && t.types().size() > 16) return "tuple";
        return null;
    }

    private void note(Object x, boolean deferredLocation) {
        Alias existing = aliases.get(x);
        if (existing != null) {
            existing.deferred &= deferredLocation;
            return;
        }
        String prefix = x instanceof Location ? "loc" : prefixOf(x);
        if (prefix == null) return;
        aliases.put(x, new Alias(x, prefix, aliases.size(), x instanceof Location && deferredLocation));
    }

    private int depthOf(Alias a) {
        if (a.depth >= 0) return a.depth;
        int[] d = {0};
        SubElements.walkNested(a.value, x -> {
            // An unknown child of a name location is not printed, so it refers to no alias.
            Alias inner = x instanceof org.jmlir.ir.attr.UnknownLoc ? null : aliases.get(x);
            if (inner != null && inner != a) d[0] = Math.max(d[0], depthOf(inner) + 1);
        });
        a.depth = d[0];
        return a.depth;
    }

    /** The alias to print instead of a map, set, tuple or (nested) location, or null. */
    String aliasOf(Object attrOrType) {
        Alias a = aliases.get(attrOrType);
        return a == null ? null : a.name;
    }

    String locationAlias(Location loc) {
        Alias a = aliases.get(loc);
        return a == null ? null : a.name;
    }

    /** Prints {@code #name = value} lines: the leading ones when {@code top}, else the deferred op locations. */
    void printDefinitions(StringBuilder sb, AttrTypePrinter printer, boolean top) {
        for (Alias a : ordered) {
            if (a.deferred == top) continue;
            sb.append(a.name).append(" = ");
            if (a.value instanceof Location loc) {
                sb.append("loc(");
                printer.printLocationBody(sb, loc);
                sb.append(')');
            } else if (a.value instanceof Type t) {
                printer.printTypeNoAlias(sb, t);
            } else {
                printer.printAttributeNoAlias(sb, (Attribute) a.value);
            }
            sb.append('\n');
        }
    }
}
