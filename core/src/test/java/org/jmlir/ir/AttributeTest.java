package org.jmlir.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DenseValues;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.RankedTensorType;
import org.junit.jupiter.api.Test;

class AttributeTest {
    @Test
    void dictionarySortsByNameAndLooksUp() {
        DictionaryAttr d = DictionaryAttr.of(List.of(new NamedAttribute("zeta", UnitAttr.UNIT),
            new NamedAttribute("alpha", IntegerAttr.i32(1)), new NamedAttribute("Beta", new StringAttr("b")),
            new NamedAttribute("alpha2", UnitAttr.UNIT)));
        // Byte-wise order: uppercase before lowercase, a prefix before its extensions.
        assertEquals(List.of("Beta", "alpha", "alpha2", "zeta"), d.entries().stream().map(NamedAttribute::name).toList());
        assertEquals(IntegerAttr.i32(1), d.get("alpha"));
        assertEquals(new StringAttr("b"), d.get("Beta"));
        assertNull(d.get("beta"));
        assertNull(d.get("alpha1"));
        assertTrue(d.contains("zeta"));
    }

    @Test
    void dictionaryWithAndWithout() {
        DictionaryAttr d = DictionaryAttr.EMPTY.with("b", UnitAttr.UNIT).with("a", IntegerAttr.i64(2));
        assertEquals(List.of("a", "b"), d.entries().stream().map(NamedAttribute::name).toList());
        DictionaryAttr replaced = d.with("a", IntegerAttr.i64(3));
        assertEquals(IntegerAttr.i64(3), replaced.get("a"));
        assertEquals(IntegerAttr.i64(2), d.get("a"), "dictionaries are immutable");
        assertSame(DictionaryAttr.EMPTY, d.without("a").without("b"));
        assertSame(d, d.without("missing"));
        assertThrows(IllegalArgumentException.class,
            () -> new DictionaryAttr(List.of(new NamedAttribute("x", UnitAttr.UNIT), new NamedAttribute("x", UnitAttr.UNIT))));
    }

    @Test
    void denseElementsOfEqualValuesBecomeASplat() {
        RankedTensorType t = new RankedTensorType(List.of(2L, 2L), IntegerType.I32);
        DenseElementsAttr equal = new DenseElementsAttr(t, new DenseValues.Ints(new long[] {5, 5, 5, 5}));
        DenseElementsAttr splat = new DenseElementsAttr(t, new DenseValues.Ints(new long[] {5}));
        assertTrue(equal.isSplat());
        assertEquals(1, equal.values().length());
        assertEquals(splat, equal);
        DenseElementsAttr mixed = new DenseElementsAttr(t, new DenseValues.Ints(new long[] {5, 5, 5, 6}));
        assertFalse(mixed.isSplat());
        assertEquals(4, mixed.values().length());
        assertEquals(4, mixed.numElements());
    }

    @Test
    void floatSplatsCompareBits() {
        RankedTensorType t = new RankedTensorType(List.of(3L), FloatType.F32);
        assertTrue(new DenseElementsAttr(t, new DenseValues.Floats(new double[] {Double.NaN, Double.NaN, Double.NaN}))
            .isSplat());
        assertFalse(new DenseElementsAttr(t, new DenseValues.Floats(new double[] {0.0, -0.0, 0.0})).isSplat());
        assertThrows(IllegalArgumentException.class,
            () -> new DenseElementsAttr(t, new DenseValues.Floats(new double[] {1, 2})));
    }
}
