package org.jmlir.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

class SymbolTableTest {
    private final TestIR ir = new TestIR();
    // outer { @inner { @f { call } }, @g }
    private final Operation outer = ir.module();
    private final Operation inner = ir.op(TestIR.body(outer), "test.module", 2, List.of(), List.of(), 1,
        "sym_name", new StringAttr("inner"));
    private final Operation f = ir.op(TestIR.body(inner), "test.func", 3, List.of(), List.of(), 1,
        "sym_name", new StringAttr("f"));
    private final Operation call = ir.op(TestIR.body(f), "test.call", 4, List.of(), List.of(), 0,
        "callee", SymbolRefAttr.flat("f"));
    private final Operation g = ir.op(TestIR.body(outer), "test.func", 5, List.of(), List.of(), 1,
        "sym_name", new StringAttr("g"));

    @Test
    void directAndNestedLookup() {
        SymbolTable table = new SymbolTable(outer);
        assertSame(inner, table.lookup("inner"));
        assertSame(g, table.lookup("g"));
        assertNull(table.lookup("f"), "f is in a nested table");
        assertEquals(List.of(inner, g), table.symbolOps());
        assertSame(f, SymbolTable.lookupSymbolIn(outer, new SymbolRefAttr("inner", List.of("f"))));
        assertNull(SymbolTable.lookupSymbolIn(outer, new SymbolRefAttr("g", List.of("f"))), "g is no table");
        assertNull(SymbolTable.lookupSymbolIn(outer, new SymbolRefAttr("inner", List.of("missing"))));
    }

    @Test
    void nearestLookupStartsAtTheEnclosingTable() {
        assertSame(f, SymbolTable.lookupNearestSymbolFrom(call, SymbolRefAttr.flat("f")));
        assertNull(SymbolTable.lookupNearestSymbolFrom(call, SymbolRefAttr.flat("g")));
        // A table looks in itself first, as MLIR's lookupNearestSymbolFrom.
        assertSame(g, SymbolTable.lookupNearestSymbolFrom(outer, SymbolRefAttr.flat("g")));
        assertSame(outer, SymbolTable.nearestSymbolTable(g));
    }

    @Test
    void collectionCachesTables() {
        SymbolTableCollection tables = new SymbolTableCollection();
        SymbolTable t = tables.getSymbolTable(outer);
        assertSame(t, tables.getSymbolTable(outer));
        assertSame(f, tables.lookupSymbolIn(outer, new SymbolRefAttr("inner", List.of("f"))));
        assertSame(f, tables.lookupNearestSymbolFrom(call, "f"));
        g.erase();
        assertSame(g, tables.lookupSymbolIn(outer, "g"), "stale until invalidated");
        tables.invalidateSymbolTable(outer);
        assertNull(tables.lookupSymbolIn(outer, "g"));
    }
}
