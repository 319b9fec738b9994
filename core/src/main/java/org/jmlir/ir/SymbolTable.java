package org.jmlir.ir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ods.Trait;

/**
 * The symbols defined directly in the region of a {@link Trait#SYMBOL_TABLE} op (such as builtin.module), by
 * their {@code sym_name}, and lookups of (nested) symbol references.
 */
public final class SymbolTable {
    public static final String SYMBOL_NAME = "sym_name";
    public static final String VISIBILITY = "sym_visibility";

    private final Operation tableOp;
    private final Map<String, Operation> symbols = new HashMap<>();

    public SymbolTable(Operation tableOp) {
        this.tableOp = tableOp;
        if (tableOp.numRegions() > 0) {
            for (Block b : tableOp.region(0).blocks()) {
                for (Operation op : b) {
                    String n = symbolName(op);
                    if (n != null) symbols.putIfAbsent(n, op);
                }
            }
        }
    }

    public Operation op() { return tableOp; }

    public Operation lookup(String name) { return symbols.get(name); }

    /** The symbol name of {@code op}, or null if it is not a symbol. */
    public static String symbolName(Operation op) {
        Attribute a = op.attr(SYMBOL_NAME);
        return a instanceof StringAttr s ? s.value() : null;
    }

    /** {@code public} unless {@code sym_visibility} says otherwise. */
    public static String visibility(Operation op) {
        Attribute a = op.attr(VISIBILITY);
        return a instanceof StringAttr s ? s.value() : "public";
    }

    public static boolean isSymbolTable(Operation op) {
        return op.hasTrait(Trait.SYMBOL_TABLE);
    }

    /** The nearest op at or above {@code from} that is a symbol table. */
    public static Operation nearestSymbolTable(Operation from) {
        for (Operation o = from; o != null; o = o.parentOp()) if (isSymbolTable(o)) return o;
        return null;
    }

    /** Looks up a symbol directly inside the table op {@code table}. */
    public static Operation lookupSymbolIn(Operation table, String name) {
        if (table.numRegions() == 0) return null;
        for (Block b : table.region(0).blocks()) {
            for (Operation op : b) if (name.equals(symbolName(op))) return op;
        }
        return null;
    }

    /** Resolves {@code @a::@b::@c} starting in table {@code table}. */
    public static Operation lookupSymbolIn(Operation table, SymbolRefAttr ref) {
        Operation cur = lookupSymbolIn(table, ref.rootReference());
        for (String nested : ref.nestedReferences()) {
            if (cur == null || !isSymbolTable(cur)) return null;
            cur = lookupSymbolIn(cur, nested);
        }
        return cur;
    }

    /**
     * Resolves a reference from the nearest symbol table at or above {@code from} (from itself when it is one), as
     * MLIR's lookupNearestSymbolFrom.
     */
    public static Operation lookupNearestSymbolFrom(Operation from, SymbolRefAttr ref) {
        Operation table = nearestSymbolTable(from);
        return table == null ? null : lookupSymbolIn(table, ref);
    }

    /** The symbol ops directly in this table, in order. */
    public List<Operation> symbolOps() {
        return tableOp.region(0).blocks().stream().flatMap(b -> b.operations().stream())
            .filter(o -> symbolName(o) != null).toList();
    }
}
