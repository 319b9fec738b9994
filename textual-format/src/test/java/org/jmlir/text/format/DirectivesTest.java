package org.jmlir.text.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.junit.jupiter.api.Test;

/** The whole-op directives (regions, successors, operands), variadic regions and qualified types. */
class DirectivesTest {
    @Test
    void regionsAndSuccessorsDirectives() {
        OpDef def = OpDef.builder("test.switch").operand("flag", Constraints.I1)
            .successor("first").variadicSuccessor("rest").variadicRegion("bodies")
            .assemblyFormat("$flag `->` successors (`regions` $bodies^)? attr-dict").build();
        Harness h = new Harness(def);
        h.value("%c", IntegerType.I1);
        h.block("^a");
        h.block("^b");
        Operation o = h.parse("test.switch", "%c -> ^a, ^b, ^a regions {test.x}, {}");
        assertEquals(3, o.numSuccessors());
        assertEquals(2, o.numRegions());
        assertEquals("test.switch %c -> ^a, ^b, ^a regions {test.x}, {}", h.print(o));
        Operation bare = h.parse("test.switch", "%c -> ^b");
        assertEquals(0, bare.numRegions());
        assertEquals("test.switch %c -> ^b", h.print(bare));
    }

    @Test
    void namedVariadicRegionsWithImplicitTerminator() {
        OpDef term = OpDef.builder("test.end").traits(Trait.TERMINATOR).assemblyFormat("attr-dict").build();
        OpDef def = OpDef.builder("test.multi_region").variadicRegion("rs")
            .traits(Trait.singleBlockImplicitTerminator("test.end"))
            .assemblyFormat("attr-dict-with-keyword $rs").build();
        Harness h = new Harness(term, def);
        Operation o = h.parse("test.multi_region", "{test.a}, {}");
        assertEquals(2, o.numRegions());
        for (var r : o.regions()) {
            assertEquals(1, r.blocks().size());
            assertEquals("test.end", r.entryBlock().lastOp().name());
        }
        assertEquals("test.multi_region {test.a}, {}", h.print(o));
    }

    @Test
    void qualifiedTypeAndSuccessorVariable() {
        OpDef def = OpDef.builder("test.br").variadicOperand("args", Constraints.ANY).successor("dest")
            .traits(Trait.TERMINATOR)
            .assemblyFormat("$dest (`(` $args^ `:` qualified(type($args)) `)`)? attr-dict").build();
        Harness h = new Harness(def);
        Value i = h.value("%i", IndexType.INDEX);
        h.block("^bb1");
        Operation o = h.parse("test.br", "^bb1(%i, %i : index, index)");
        assertEquals(List.of(i, i), o.operands());
        assertEquals("test.br ^bb1(%i, %i : index, index)", h.print(o));
        assertEquals("test.br ^bb1", h.roundTrip("test.br", "^bb1"));
    }

    @Test
    void optionalOperandAtTopLevel() {
        OpDef def = OpDef.builder("test.maybe").optionalOperand("x", Constraints.INDEX)
            .optionalAttr("n", Constraints.I64_ATTR)
            .assemblyFormat("`[` $x `]` $n attr-dict").build();
        Harness h = new Harness(def);
        h.value("%i", IndexType.INDEX);
        assertEquals("test.maybe[%i] 3", h.roundTrip("test.maybe", "[%i] 3"));
        // As MLIR's generated printer: the space before an absent optional operand/attribute stays.
        assertEquals("test.maybe[] ", h.roundTrip("test.maybe", "[]"));
    }
}
