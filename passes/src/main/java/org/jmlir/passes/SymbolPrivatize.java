package org.jmlir.passes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.SymbolTable;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassOption;

/**
 * {@code symbol-privatize}: makes the symbols directly inside the op private, except those named in
 * {@code exclude}, as MLIR's SymbolPrivatize (nested symbol tables keep their symbols' visibility).
 */
public final class SymbolPrivatize extends Pass {
    private final PassOption<List<String>> exclude = stringListOption("exclude",
        "Comma separated list of symbols that should not be marked private");

    @Override public String argument() { return "symbol-privatize"; }

    @Override public String description() { return "Mark symbols private"; }

    @Override protected void runOnOperation() {
        Set<String> excluded = new HashSet<>(exclude.get());
        boolean changed = false;
        for (Region r : getOperation().regions()) {
            for (Block b : r.blocks()) {
                for (Operation op : b) {
                    if (!Symbols.isSymbol(op) || excluded.contains(SymbolTable.symbolName(op))) continue;
                    if (Symbols.isPrivate(op) && op.attr(SymbolTable.VISIBILITY) != null) continue;
                    op.setAttr(SymbolTable.VISIBILITY, getContext().intern(new StringAttr("private")));
                    changed = true;
                }
            }
        }
        if (changed) markChanged(); else markAllAnalysesPreserved();
    }
}
