package org.jmlir.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.LinkedHashMap;
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
import org.jmlir.ir.type.Type;

/**
 * The aliases a printed module uses, named as mlir-opt names them: affine maps {@code #map, #map1, ...} and integer
 * sets {@code #set, #set1, ...} in order of first use, and with debug info every location {@code #loc, #loc1, ...}
 * in pre-order. Definitions of maps, sets and block-argument locations go before the module; op locations after it
 * (mlir-opt defers those).
 */
final class AliasState {
    private final Map<Object, String> names = new LinkedHashMap<>();
    private final Map<Object, Boolean> deferred = new IdentityHashMap<>();
    private int maps;
    private int sets;
    private int locs;

    AliasState(Operation root, PrintOptions options) {
        // Pre-order in printing order: an op, then each block of its regions (arguments, then its ops).
        ArrayDeque<Object> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Object item = work.pop();
            if (item instanceof Block b) {
                for (BlockArgument a : b.arguments()) {
                    collect(a.type());
                    if (options.debugInfo()) addLocation(a.location(), false);
                }
                List<Operation> ops = b.operations();
                for (int i = ops.size() - 1; i >= 0; i--) work.push(ops.get(i));
                continue;
            }
            Operation op = (Operation) item;
            if (options.debugInfo()) addLocation(op.location(), true);
            for (Value r : op.results()) collect(r.type());
            for (NamedAttribute a : op.properties().entries()) collect(a.value());
            for (NamedAttribute a : op.attributes().entries()) collect(a.value());
            for (Value v : op.operands()) collect(v.type());
            List<Block> blocks = new ArrayList<>();
            for (Region r : op.regions()) blocks.addAll(r.blocks());
            for (int i = blocks.size() - 1; i >= 0; i--) work.push(blocks.get(i));
        }
    }

    private void collect(Type t) { SubElements.walk(t, this::visit); }

    private void collect(Attribute a) { SubElements.walk(a, this::visit); }

    private void visit(Attribute a) {
        if (names.containsKey(a)) return;
        if (a instanceof AffineMapAttr) {
            names.put(a, maps == 0 ? "#map" : "#map" + maps);
            maps++;
        } else if (a instanceof IntegerSetAttr) {
            names.put(a, sets == 0 ? "#set" : "#set" + sets);
            sets++;
        }
    }

    private void addLocation(Location loc, boolean isOpLocation) {
        if (names.containsKey(loc)) return;
        names.put(loc, locs == 0 ? "#loc" : "#loc" + locs);
        locs++;
        deferred.put(loc, isOpLocation);
    }

    /** The alias to print instead of a map, set or location, or null. */
    String aliasOf(Object attrOrType) {
        if (attrOrType instanceof Location) return null; // locations are printed through locationAlias
        return names.get(attrOrType);
    }

    String locationAlias(Location loc) { return names.get(loc); }

    /** Prints {@code #name = value} lines: the leading ones when {@code top}, else the deferred ones. */
    void printDefinitions(StringBuilder sb, AttrTypePrinter printer, boolean top) {
        // mlir-opt prints leading location aliases before the other aliases, each group in numbering order.
        for (Map.Entry<Object, String> e : names.entrySet()) {
            if (!(e.getKey() instanceof Location loc) || Boolean.TRUE.equals(deferred.get(loc)) == top) continue;
            sb.append(e.getValue()).append(" = loc(");
            printer.printLocationBody(sb, loc);
            sb.append(")\n");
        }
        if (!top) return;
        for (Map.Entry<Object, String> e : names.entrySet()) {
            if (e.getKey() instanceof Location) continue;
            sb.append(e.getValue()).append(" = ");
            printer.printAttributeNoAlias(sb, (Attribute) e.getKey());
            sb.append('\n');
        }
    }
}
