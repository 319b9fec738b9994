package org.jmlir.text.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmlir.ir.Operation;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpDef;
import org.junit.jupiter.api.Test;

/** MLIR's literal spacing rule and the whitespace literals. */
class SpacingTest {
    @Test
    void shouldEmitSpaceBeforeFollowsMlir() {
        assertTrue(Spacing.shouldEmitSpaceBefore("to", false));
        assertTrue(Spacing.shouldEmitSpaceBefore("->", true));
        assertTrue(Spacing.shouldEmitSpaceBefore(":", false));
        assertTrue(Spacing.shouldEmitSpaceBefore("=", false));
        assertFalse(Spacing.shouldEmitSpaceBefore(",", false));
        assertFalse(Spacing.shouldEmitSpaceBefore("(", false));
        assertFalse(Spacing.shouldEmitSpaceBefore("[", false));
        assertFalse(Spacing.shouldEmitSpaceBefore(")", true));
        assertTrue(Spacing.shouldEmitSpaceBefore("(", true));
        assertTrue(Spacing.shouldEmitSpaceBefore("<", true));
    }

    private static String print(String format, String input) {
        OpDef def = OpDef.builder("test.s").operand("x", Constraints.INDEX).assemblyFormat(format).build();
        Harness h = new Harness(def);
        h.value("%x", IndexType.INDEX);
        Operation o = h.parse("test.s", input);
        return h.print(o);
    }

    @Test
    void whitespaceLiterals() {
        assertEquals("test.s %x", print("$x attr-dict", "%x"));
        assertEquals("test.s(%x)", print("`(` $x `)` attr-dict", "(%x)"));
        // As MLIR: ` ` clears "last was punctuation", so a variable after it gets a space of its own as well.
        assertEquals("test.s (  %x )", print("` ` `(` ` ` $x ` ` `)` attr-dict", "( %x )"));
        assertEquals("test.s ( x %x)", print("` ` `(` ` ` `x` $x `)` attr-dict", "( x %x)"));
        assertEquals("test.s kw%x", print("`kw` `` $x attr-dict", "kw %x"));
        assertEquals("test.s kw\n %x", print("`kw` `\\n` $x attr-dict", "kw %x"));
        assertEquals("test.s %x = %x", print("$x `=` custom<Same>(ref($x)) attr-dict", "%x = %x"));
        assertEquals("test.s<%x> {a = 1 : i32}", print("`<` $x `>` attr-dict", "<%x> {a = 1 : i32}"));
        assertEquals("test.s %x ... + * ?", print("$x `...` `+` `*` `?` attr-dict", "%x... + * ?"));
    }

    static {
        CustomDirectives.register("Same", CustomDirective.of((p, a) -> p.parseOperand(),
            (p, op, a) -> p.printOperand(a.value(0))));
    }
}
