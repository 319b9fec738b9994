package org.jmlir.passes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.SymbolTable;
import org.jmlir.ir.SymbolTableCollection;
import org.jmlir.pass.Pass;
import org.jmlir.pass.Statistic;

/**
 * {@code symbol-dce}: erases the symbols nothing live refers to, as MLIR's SymbolDCE. Live at the start: every
 * non-symbol op of a table and every symbol that cannot be discarded (public ones, and nested ones of a table
 * reachable from outside); then every symbol referenced from something live, transitively, through nested symbol
 * tables. The top-level table is hidden from outside unless it is a public symbol nested in some op.
 */
public final class SymbolDce extends Pass {
    private final Statistic numDce = statistic("num-dce'd", "Number of symbols DCE'd");

    @Override public String argument() { return "symbol-dce"; }

    @Override public String description() { return "Eliminate dead symbols"; }

    @Override protected void runOnOperation() {
        Operation table = getOperation();
        if (!SymbolTable.isSymbolTable(table)) {
            table.emitOpError(" was scheduled to run under SymbolDCE, but does not define a symbol table");
            signalPassFailure();
            return;
        }
        boolean hidden = true;
        if (table.parentOp() != null && Symbols.isSymbol(table)) hidden = Symbols.isPrivate(table);
        Set<Operation> live = Collections.newSetFromMap(new IdentityHashMap<>());
        if (!computeLiveness(table, new SymbolTableCollection(), hidden, live)) {
            signalPassFailure();
            return;
        }
        List<Operation> dead = new ArrayList<>();
        table.walk(nested -> {
            if (!SymbolTable.isSymbolTable(nested) || nested.numRegions() == 0) return;
            for (Block b : nested.region(0).blocks()) {
                for (Operation op : b) if (Symbols.isSymbol(op) && !live.contains(op)) dead.add(op);
            }
        });
        for (Operation op : dead) {
            // A dead table's own dead symbols were listed before it (post-order): erase inside-out.
            op.dropAllReferences();
            op.erase();
            numDce.increment();
        }
        if (dead.isEmpty()) markAllAnalysesPreserved(); else markChanged();
    }

    /**
     * Marks the live symbols of {@code table}; {@code hidden} says whether the table is out of reach of the
     * regions around it. Returns false after reporting an op whose uses cannot be known.
     */
    private boolean computeLiveness(Operation table, SymbolTableCollection tables, boolean hidden,
                                    Set<Operation> live) {
        ArrayDeque<Operation> work = new ArrayDeque<>();
        for (Block b : table.region(0).blocks()) {
            for (Operation op : b) {
                if (!Symbols.isSymbol(op)) {
                    work.push(op);
                    continue;
                }
                // Public symbols may be used from anywhere; others go when unused in a hidden table or private.
                boolean discardable = (hidden || Symbols.isPrivate(op)) && !Symbols.isPublic(op);
                if (!discardable && live.add(op)) work.push(op);
            }
        }
        while (!work.isEmpty()) {
            Operation op = work.pop();
            if (SymbolTable.isSymbolTable(op)) {
                boolean nestedHidden = hidden || !Symbols.isSymbol(op) || Symbols.isPrivate(op);
                if (!computeLiveness(op, tables, nestedHidden, live)) return false;
            } else {
                // Nested symbol tables inside a live op count from its point of view, whatever their visibility.
                for (Region r : op.regions()) {
                    for (Block b : r.blocks()) for (Operation nested : b) if (nested.numRegions() > 0) work.push(nested);
                }
            }
            Operation parent = op.parentOp();
            // Ops queued from inside other ops have their uses counted with the op at the table's top level.
            if (parent == null || !SymbolTable.isSymbolTable(parent)) continue;
            List<Symbols.Use> uses = Symbols.symbolUses(op);
            if (uses == null) {
                op.emitError("operation contains potentially unknown symbol table, meaning that we can't reliable"
                    + " compute symbol uses");
                return false;
            }
            List<Operation> resolved = new ArrayList<>();
            for (Symbols.Use use : uses) {
                resolved.clear();
                if (!Symbols.lookupSymbolIn(tables, parent, use.ref(), resolved)) continue;
                for (Operation s : resolved) if (live.add(s)) work.push(s);
            }
        }
        return true;
    }
}
