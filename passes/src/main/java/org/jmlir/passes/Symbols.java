package org.jmlir.passes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.SymbolTable;
import org.jmlir.ir.SymbolTableCollection;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ods.Trait;

/** Symbol questions the symbol passes ask, with MLIR's SymbolTable semantics. */
final class Symbols {
    private Symbols() {}

    /** One symbol reference and the op holding it. */
    record Use(Operation user, SymbolRefAttr ref) {}

    /**
     * Whether {@code op} is a symbol (MLIR's SymbolOpInterface): a registered op with the Symbol trait, or a
     * builtin.module that has a name (a module's name is optional; an unnamed module is no symbol).
     */
    static boolean isSymbol(Operation op) {
        if (!op.isRegistered()) return false;
        boolean symbolKind = op.hasTrait(Trait.SYMBOL) || op.name().equals("builtin.module");
        return symbolKind && op.attr(SymbolTable.SYMBOL_NAME) instanceof StringAttr;
    }

    static boolean isPrivate(Operation op) { return "private".equals(SymbolTable.visibility(op)); }

    static boolean isPublic(Operation op) { return "public".equals(SymbolTable.visibility(op)); }

    /** Every symbol reference in the op's attributes (inherent and discardable), nested ones included. */
    static void forEachRef(Operation op, Consumer<SymbolRefAttr> f) {
        walkAttr(op.properties(), f);
        walkAttr(op.attributes(), f);
    }

    private static void walkAttr(Attribute root, Consumer<SymbolRefAttr> f) {
        ArrayDeque<Attribute> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            Attribute a = work.pop();
            switch (a) {
                case SymbolRefAttr s -> f.accept(s);
                case ArrayAttr arr -> {
                    for (int i = arr.size() - 1; i >= 0; i--) work.push(arr.get(i));
                }
                case DictionaryAttr d -> {
                    List<NamedAttribute> es = d.entries();
                    for (int i = es.size() - 1; i >= 0; i--) work.push(es.get(i).value());
                }
                default -> { }
            }
        }
    }

    /**
     * The symbol uses within {@code from} (its own attributes unless it is a symbol table, and those of the ops
     * nested in it, without entering nested symbol tables), as MLIR's SymbolTable::getSymbolUses; null when an op
     * inside might be a symbol table nobody knows about (one region, dialect not loaded).
     */
    static List<Use> symbolUses(Operation from) {
        List<Use> uses = new ArrayList<>();
        if (!SymbolTable.isSymbolTable(from)) forEachRef(from, r -> uses.add(new Use(from, r)));
        ArrayDeque<Region> work = new ArrayDeque<>();
        for (Region r : from.regions()) work.push(r);
        while (!work.isEmpty()) {
            Region region = work.pop();
            for (Block b : region.blocks()) {
                for (Operation op : b) {
                    if (isPotentiallyUnknownSymbolTable(op)) return null;
                    forEachRef(op, r -> uses.add(new Use(op, r)));
                    if (!SymbolTable.isSymbolTable(op)) for (Region nested : op.regions()) work.push(nested);
                }
            }
        }
        return uses;
    }

    static boolean isPotentiallyUnknownSymbolTable(Operation op) {
        if (op.numRegions() != 1 || op.isRegistered()) return false;
        int dot = op.name().indexOf('.');
        String dialect = dot < 0 ? op.name() : op.name().substring(0, dot);
        return op.context().dialect(dialect) == null;
    }

    /**
     * Resolves {@code ref} from the symbol table op {@code table}, adding every op on the path (the root, the
     * intermediate tables, the leaf) to {@code out}; false when some step does not resolve.
     */
    static boolean lookupSymbolIn(SymbolTableCollection tables, Operation table, SymbolRefAttr ref,
                                  List<Operation> out) {
        Operation cur = tables.lookupSymbolIn(table, ref.rootReference());
        if (cur == null) return false;
        out.add(cur);
        List<String> nested = ref.nestedReferences();
        if (nested.isEmpty()) return true;
        if (!SymbolTable.isSymbolTable(cur)) return false;
        for (int i = 0; i < nested.size() - 1; i++) {
            cur = tables.lookupSymbolIn(cur, nested.get(i));
            if (cur == null || !SymbolTable.isSymbolTable(cur)) return false;
            out.add(cur);
        }
        Operation leaf = tables.lookupSymbolIn(cur, nested.get(nested.size() - 1));
        if (leaf == null) return false;
        out.add(leaf);
        return true;
    }
}
