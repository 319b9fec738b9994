package org.jmlir.ir;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jmlir.ir.attr.SymbolRefAttr;

/**
 * A cache of {@link SymbolTable}s, one per symbol-table op, so that many lookups (all the calls of a module being
 * verified) build each table once. Invalidate a table after adding, removing or renaming its symbols.
 */
public final class SymbolTableCollection {
    private final Map<Operation, SymbolTable> tables = new IdentityHashMap<>();

    public SymbolTableCollection() {}

    /** The (cached) table of the symbol-table op {@code op}. */
    public SymbolTable getSymbolTable(Operation op) { return tables.computeIfAbsent(op, SymbolTable::new); }

    public void invalidateSymbolTable(Operation op) { tables.remove(op); }

    /** The symbol named {@code name} directly inside {@code table}, or null. */
    public Operation lookupSymbolIn(Operation table, String name) { return getSymbolTable(table).lookup(name); }

    /** Resolves {@code @a::@b::@c} from {@code table}: each step but the last must be a nested symbol table. */
    public Operation lookupSymbolIn(Operation table, SymbolRefAttr ref) {
        Operation cur = lookupSymbolIn(table, ref.rootReference());
        for (String nested : ref.nestedReferences()) {
            if (cur == null || !SymbolTable.isSymbolTable(cur)) return null;
            cur = lookupSymbolIn(cur, nested);
        }
        return cur;
    }

    /** Looks {@code name} up in the nearest symbol table at or above {@code from}. */
    public Operation lookupNearestSymbolFrom(Operation from, String name) {
        Operation table = SymbolTable.nearestSymbolTable(from);
        return table == null ? null : lookupSymbolIn(table, name);
    }

    public Operation lookupNearestSymbolFrom(Operation from, SymbolRefAttr ref) {
        Operation table = SymbolTable.nearestSymbolTable(from);
        return table == null ? null : lookupSymbolIn(table, ref);
    }
}
