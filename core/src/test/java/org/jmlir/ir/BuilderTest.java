package org.jmlir.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

class BuilderTest {
    private final TestIR ir = new TestIR();

    @Test
    void defaultValuedAttributesAreFilledIn() {
        Operation op = ir.builder.create("test.attrs", TestIR.loc(1), List.of(), List.of(),
            "x", IntegerAttr.i64(1), "a", new StringAttr("s"), "extra", UnitAttr.UNIT);
        assertEquals(IntegerAttr.i32(7), op.properties().get("d"));
        assertEquals(IntegerAttr.i64(1), op.properties().get("x"));
        assertNull(op.properties().get("o"), "optional attributes stay absent");
        // Attributes the definition does not declare are discardable.
        assertEquals(UnitAttr.UNIT, op.attributes().get("extra"));
        assertNull(op.properties().get("extra"));
        ir.expectValid(op);
    }

    @Test
    void anExplicitValueWins() {
        Operation op = ir.builder.create("test.attrs", TestIR.loc(1), List.of(), List.of(),
            "x", IntegerAttr.i64(1), "a", new StringAttr("s"), "d", IntegerAttr.i32(3));
        assertEquals(IntegerAttr.i32(3), op.attr("d"));
    }

    @Test
    void insertionPoints() {
        Block b = new Block();
        ir.builder.setInsertionPointToEnd(b);
        Operation first = ir.builder.create("test.return", TestIR.loc(1), List.of(), List.of());
        ir.builder.setInsertionPointToStart(b);
        Operation zeroth = ir.builder.create("test.return", TestIR.loc(2), List.of(), List.of());
        ir.builder.setInsertionPointAfter(zeroth);
        Operation middle = ir.builder.create("test.return", TestIR.loc(3), List.of(), List.of());
        ir.builder.setInsertionPoint(first);
        Operation beforeFirst = ir.builder.create("test.return", TestIR.loc(4), List.of(), List.of());
        assertEquals(List.of(zeroth, middle, beforeFirst, first), b.operations());
        Region r = new Region();
        Block created = ir.builder.createBlock(r, List.of(IntegerType.I1), TestIR.loc(5));
        assertEquals(1, created.numArguments());
        assertTrue(ir.builder.insertionBlock() == created);
    }
}
