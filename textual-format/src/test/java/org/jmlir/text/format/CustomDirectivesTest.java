package org.jmlir.text.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ods.Arity;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpDef;
import org.junit.jupiter.api.Test;

/** The registry of custom directives and what a directive sees of its arguments. */
class CustomDirectivesTest {
    @Test
    void dynamicIndexListIsBuiltIn() {
        assertNotNull(CustomDirectives.lookup("DynamicIndexList"));
    }

    @Test
    void registeringTwiceFromTheSameCodeIsFineAnotherClassIsRefused() {
        CustomDirectives.register("TestTwice", new DynamicIndexList());
        CustomDirectives.register("TestTwice", new DynamicIndexList());
        CustomDirective other = CustomDirective.of((p, a) -> { }, (p, op, a) -> { });
        assertThrows(IllegalStateException.class, () -> CustomDirectives.register("TestTwice", other));
    }

    @Test
    void aDialectMayReplaceABuiltInDirective() {
        CustomDirective mine = CustomDirective.of((p, a) -> { }, (p, op, a) -> { });
        CustomDirectives.register("DynamicIndexList", mine);
        try {
            assertSame(mine, CustomDirectives.lookup("DynamicIndexList"));
        } finally {
            CustomDirectives.unregister("DynamicIndexList");
        }
        assertSame(DynamicIndexList.class, CustomDirectives.lookup("DynamicIndexList").getClass());
    }

    @Test
    void registeredDirectiveSeesArgumentsByPosition() {
        CustomDirectives.register("TestPair", CustomDirective.of((p, args) -> {
            assertEquals(4, args.size());
            assertEquals(CustomDirective.ArgKind.OPERAND, args.kind(0));
            assertEquals(Arity.VARIADIC, args.arity(0));
            assertEquals(CustomDirective.ArgKind.TYPE, args.kind(1));
            assertEquals(CustomDirective.ArgKind.ATTRIBUTE, args.kind(2));
            assertEquals(CustomDirective.ArgKind.STRING, args.kind(3));
            assertEquals("sep", args.name(3));
            p.parse("<");
            args.setOperands(0, List.of(p.parseOperand(), p.parseOperand()));
            args.setAttr(2, IntegerAttr.i64(p.parseInteger().longValue()));
            p.parse(">");
        }, (p, op, args) -> {
            p.print("<");
            p.printOperands(args.values(0));
            p.print(" ");
            p.print(((IntegerAttr) args.attr(2)).longValue());
            p.print(">");
        }));
        OpDef def = OpDef.builder("test.pair").variadicOperand("xs", Constraints.INDEX)
            .attr("n", Constraints.I64_ATTR)
            .assemblyFormat("custom<TestPair>($xs, type($xs), $n, \"sep\") attr-dict").build();
        Harness h = new Harness(def);
        h.value("%i", IndexType.INDEX);
        Operation o = h.parse("test.pair", "<%i %i 3>");
        assertEquals(2, o.numOperands());
        assertEquals(IntegerAttr.i64(3), o.properties().get("n"));
        assertEquals("test.pair <%i, %i 3>", h.print(o));
    }

    @Test
    void unregisteredDirectiveIsReportedWhenUsed() {
        OpDef def = OpDef.builder("test.missing").operand("x", Constraints.INDEX)
            .assemblyFormat("custom<NoSuchDirective>($x) attr-dict").build();
        Harness h = new Harness(def);
        h.value("%i", IndexType.INDEX);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> h.parse("test.missing", "%i"));
        assertTrue(e.getMessage().contains("NoSuchDirective"), e.getMessage());
    }

    @Test
    void dynamicIndexListWithTypes() {
        OpDef def = OpDef.builder("test.typed_list").variadicOperand("vals", Constraints.ANY)
            .attr("static_vals", Constraints.DENSE_I64_ARRAY)
            .assemblyFormat("custom<DynamicIndexList>($vals, $static_vals, type($vals)) attr-dict").build();
        Harness h = new Harness(def);
        h.value("%a", IntegerType.I32);
        Operation o = h.parse("test.typed_list", "[%a : i32, 7]");
        assertSame(h.values.get("%a"), o.operand(0));
        assertEquals("test.typed_list [%a : i32, 7]", h.print(o));
        assertEquals("test.typed_list []", h.roundTrip("test.typed_list", "[]"));
    }
}
