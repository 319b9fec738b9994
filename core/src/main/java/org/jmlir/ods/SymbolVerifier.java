package org.jmlir.ods;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.asm.AsmText;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.SymbolTable;
import org.jmlir.ir.SymbolTableCollection;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.StringAttr;

/** The checks behind {@link Trait#SYMBOL} and {@link Trait#SYMBOL_TABLE}, with MLIR's messages. */
final class SymbolVerifier {
    private static final List<String> VISIBILITIES = List.of("public", "private", "nested");

    private SymbolVerifier() {}

    static boolean verifySymbol(Operation op) {
        if (!(op.attr(SymbolTable.SYMBOL_NAME) instanceof StringAttr)) {
            return op.emitOpError("requires string attribute '" + SymbolTable.SYMBOL_NAME + "'").fail();
        }
        Operation parent = op.parentOp();
        if (parent != null && !parent.hasTrait(Trait.SYMBOL_TABLE)) {
            return op.emitOpError("symbol's parent must have the SymbolTable trait").fail();
        }
        Attribute vis = op.attr(SymbolTable.VISIBILITY);
        if (vis == null) return true;
        if (!(vis instanceof StringAttr s)) {
            return op.emitOpError("requires visibility attribute '" + SymbolTable.VISIBILITY
                + "' to be a string attribute, but got " + AsmText.of(vis)).fail();
        }
        if (!VISIBILITIES.contains(s.value())) {
            return op.emitOpError("visibility expected to be one of [\"public\", \"private\", \"nested\"], but got "
                + AsmText.of(vis)).fail();
        }
        return true;
    }

    /** Runs after nested ops were verified: unique names, then every symbol user's hook. */
    static boolean verifySymbolTable(Operation op) {
        if (op.numRegions() != 1) {
            return op.emitOpError("Operations with a 'SymbolTable' must have exactly one region").fail();
        }
        if (op.region(0).blocks().size() != 1) {
            return op.emitOpError("Operations with a 'SymbolTable' must have exactly one block").fail();
        }
        Map<String, Location> seen = new HashMap<>();
        for (Operation child = op.region(0).entryBlock().firstOp(); child != null; child = child.next()) {
            if (!(child.attr(SymbolTable.SYMBOL_NAME) instanceof StringAttr name)) continue;
            Location previous = seen.putIfAbsent(name.value(), child.location());
            if (previous != null) {
                return child.emitError("redefinition of symbol named '" + name.value() + "'")
                    .attachNote(previous, "see existing symbol definition here")
                    .fail();
            }
        }
        return verifySymbolUsers(op);
    }

    /** Calls the hooks of the ops in this table's scope: nested symbol tables are their own scopes. */
    private static boolean verifySymbolUsers(Operation table) {
        SymbolTableCollection tables = new SymbolTableCollection();
        ArrayDeque<Region> pending = new ArrayDeque<>();
        for (Region r : table.regions()) pending.push(r);
        while (!pending.isEmpty()) {
            for (Block block : pending.pop().blocks()) {
                for (Operation op = block.firstOp(); op != null; op = op.next()) {
                    SymbolUserHook hook = op.isRegistered() ? op.definition().getInterface(SymbolUserHook.class) : null;
                    if (hook != null && !hook.verifySymbolUses(op, tables)) return false;
                    if (!op.hasTrait(Trait.SYMBOL_TABLE)) for (Region r : op.regions()) pending.push(r);
                }
            }
        }
        return true;
    }
}
