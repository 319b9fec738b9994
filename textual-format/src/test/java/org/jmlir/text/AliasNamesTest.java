package org.jmlir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Context;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;
import org.junit.jupiter.api.Test;

/** mlir-opt's default alias names and definition order, checked against its output (mlir-opt 22). */
class AliasNamesTest {
    private final Context c = TextTestSupport.context();

    private Attribute attr(String s) { return StandaloneTypeAttrParser.parseAttribute(c, s); }

    private Type type(String s) { return StandaloneTypeAttrParser.parseType(c, s); }

    private Location loc(String s) { return StandaloneTypeAttrParser.parseLocation(c, s); }

    /**
     * Two ops: {@code {a = memref<4x4xf32, (d1, d0) map>, b = map, c = set, d = [map, map], e = tuple of 17, f =
     * tuple of 16}} and {@code {y, z} : () -> memref<2xf32, map>} (result types are visited before attributes).
     */
    @Test
    void mapsSetsAndTuplesAreNumberedInFirstUseOrderTypesFirst() {
        String t17 = "tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16, i17>";
        String t16 = "tuple<i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12, i13, i14, i15, i16>";
        AliasNames.Builder b = new AliasNames.Builder();
        b.visitAttribute(attr("memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>"));
        b.visitAttribute(attr("affine_map<(d0) -> (d0)>"));
        b.visitAttribute(attr("affine_set<(d0) : (d0 >= 0)>"));
        b.visitAttribute(attr("[affine_map<(d0) -> (d0 + 1)>, affine_map<(d0) -> (d0)>]"));
        b.visitAttribute(attr(t17));
        b.visitAttribute(attr(t16));
        b.visitType(type("memref<2xf32, affine_map<(d0) -> (d0 * 2)>>"));
        b.visitAttribute(attr("affine_map<(d0) -> (d0 + 1)>"));
        b.visitAttribute(attr("affine_map<(d0)[s0] -> (d0 + s0)>"));
        AliasNames names = b.build();
        assertEquals(List.of(
            "!tuple = " + t17,
            "#map = affine_map<(d0, d1) -> (d1, d0)>",
            "#map1 = affine_map<(d0) -> (d0)>",
            "#map2 = affine_map<(d0) -> (d0 + 1)>",
            "#map3 = affine_map<(d0) -> (d0 * 2)>",
            "#map4 = affine_map<(d0)[s0] -> (d0 + s0)>",
            "#set = affine_set<(d0) : (d0 >= 0)>"), names.definitionLines(false));
        assertEquals(List.of(), names.definitionLines(true));
        assertNull(names.nameOf(type(t16)));

        StringBuilder sb = new StringBuilder();
        new AttrTypePrinter(names.lookup()).printAttribute(sb,
            attr("[memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, affine_set<(d0) : (d0 >= 0)>, " + t17 + "]"));
        assertEquals("[memref<4x4xf32, #map>, #set, !tuple]", sb.toString());
    }

    /** Nested locations are named before the locations that contain them. */
    @Test
    void locationsNestDepthFirst() {
        AliasNames names = AliasNames.of(List.of(attr("loc(callsite(\"a\":1:2 at callsite(\"b\" at \"c\")))")));
        assertEquals(List.of(
            "#loc = loc(\"a\":1:2)",
            "#loc1 = loc(\"b\")",
            "#loc2 = loc(\"c\")",
            "#loc3 = loc(callsite(#loc1 at #loc2))",
            "#loc4 = loc(callsite(#loc at #loc3))"), names.definitionLines(false));
        names = AliasNames.of(List.of(attr("loc(fused<\"meta\">[\"a\", \"b\"])")));
        assertEquals(List.of("#loc = loc(\"a\")", "#loc1 = loc(\"b\")", "#loc2 = loc(fused<\"meta\">[#loc, #loc1])"),
            names.definitionLines(false));
    }

    /**
     * With --mlir-print-debuginfo, op locations can be defined after the module unless an attribute also uses them:
     * <pre>
     * "test.op"() {a = loc("x":1:1), b = affine_map<(d0) -> (d0)>} : () -> () loc(fused["x":1:1, "y":2:2])
     * "test.op"() {c = loc("z")} : () -> () loc(callsite("y":2:2 at "q"))
     * </pre>
     * in a module located at {@code "h.mlir":0:0}.
     */
    @Test
    void opLocationsAreDeferredUnlessUsedElsewhere() {
        AliasNames.Builder b = new AliasNames.Builder();
        b.visitLocation(loc("\"h.mlir\":0:0"), true);
        b.visitLocation(loc("fused[\"x\":1:1, \"y\":2:2]"), true);
        b.visitAttribute(attr("loc(\"x\":1:1)"));
        b.visitAttribute(attr("affine_map<(d0) -> (d0)>"));
        b.visitLocation(loc("callsite(\"y\":2:2 at \"q\")"), true);
        b.visitAttribute(attr("loc(\"z\")"));
        AliasNames names = b.build();
        assertEquals(List.of("#loc1 = loc(\"x\":1:1)", "#loc4 = loc(\"z\")", "#map = affine_map<(d0) -> (d0)>"),
            names.definitionLines(false));
        assertEquals(List.of(
            "#loc = loc(\"h.mlir\":0:0)",
            "#loc2 = loc(\"y\":2:2)",
            "#loc3 = loc(\"q\")",
            "#loc5 = loc(fused[#loc1, #loc2])",
            "#loc6 = loc(callsite(#loc2 at #loc3))"), names.definitionLines(true));
    }

    @Test
    void dialectSuggestedNamesAreSanitized() {
        assertEquals("x1_", AliasNames.Builder.sanitize("x1"));
        assertEquals("_9a", AliasNames.Builder.sanitize("9a"));
        assertEquals("a_b2E", AliasNames.Builder.sanitize("a b."));
        List<Object> none = new ArrayList<>();
        assertEquals(List.of(), AliasNames.of(none).definitionLines(false));
    }
}
