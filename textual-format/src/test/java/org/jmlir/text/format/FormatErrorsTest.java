package org.jmlir.text.format;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed formats are refused with the op, the column and what is wrong. */
class FormatErrorsTest {
    private static OpDef def(String format) {
        return OpDef.builder("test.op")
            .operand("a", Constraints.ANY).optionalOperand("opt", Constraints.ANY)
            .variadicOperand("vs", Constraints.INDEX)
            .result("r", Constraints.ANY)
            .attr("req", Constraints.I64_ATTR).optionalAttr("flag", Constraints.UNIT_ATTR)
            .attr("any", Constraints.ANY_ATTR)
            .region("body").successor("dest")
            .assemblyFormat(format).build();
    }

    private static void fails(String format, int column, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AssemblyFormats.compile(def(format)));
        String m = e.getMessage();
        assertTrue(m.contains("'test.op'"), m);
        assertTrue(m.contains("column " + column + ":"), m);
        assertTrue(m.contains(fragment), m);
    }

    private static final String REST = " $body $dest";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "$a $nope attr-dict|4|'$nope' is none of those",
        "$a $a attr-dict|4|operand 'a' is already bound",
        "$a attr-dict attr-dict|14|'attr-dict' directive has already been seen",
        "$a `%` attr-dict|4|single character literal must be a letter",
        "$a `1x` attr-dict|4|valid keyword starts with a letter",
        "$a $r attr-dict|4|result variables can only be used as a child to a 'type' directive",
        "$a (`x` $vs)? attr-dict|4|optional group has no anchor element",
        "$a (`x` $vs^ $opt^)? attr-dict|18|only one element can be marked as the anchor",
        "$a (`x`^ $vs)? attr-dict|5|only variables and types can be used to anchor",
        "$a ($req^)? attr-dict|5|only optional or default-valued attributes can be used to anchor",
        "$a (`x` $vs^)? `y` $a attr-dict|20|operand 'a' is already bound",
        "$a (attr-dict $vs^)? |5|'attr-dict' directive can only be used as a top-level directive",
        "$a ($vs^ `x`|25|expected ')' to end optional group",
        "$a ($vs^) attr-dict|11|expected '?' after optional group",
        "$a ($vs^ `,` $a)? attr-dict|14|operand 'a' is already bound",
        "$a $vs^ attr-dict|7|'^' is only valid within optional groups",
        "$a type($req) attr-dict|9|'type' directive operand expects an operand or result variable",
        "$a `x attr-dict|4|unexpected end of format in literal",
        "$a custom<X>($a) attr-dict|14|operand 'a' is already bound",
        "$a frob attr-dict|4|expected directive, literal, variable, or optional group, found 'frob'",
        "$a results attr-dict|4|'results' directive can only be used as a child to a 'type' directive",
        "$a custom<X>(ref($opt)) attr-dict|18|'opt' must be bound before it is referenced",
        "$a ref($a) attr-dict|4|'ref' is only valid within a `custom` directive",
    })
    void malformedFormats(String format, int column, String fragment) {
        fails(format + REST, column, fragment);
    }

    @Test
    void missingPieces() {
        fails("$a $opt $vs $body $dest", 1, "'attr-dict' directive not found");
        fails("$a $vs attr-dict $body $dest", 1, "operand #1, named 'opt', not found");
        fails("$a $opt $vs attr-dict $dest", 1, "region #0, named 'body', not found");
        fails("$a $opt $vs attr-dict-with-keyword $body", 1, "successor #0, named 'dest', not found");
    }

    @Test
    void unresolvableTypes() {
        fails("$a $opt $vs attr-dict-with-keyword $body $dest", 1,
            "type of operand #0, named 'a', is not buildable and a buildable type cannot be inferred");
        fails("$a $opt $vs attr-dict-with-keyword $body $dest `:` type($a) type($opt)", 1,
            "type of result #0, named 'r', is not buildable");
    }

    @Test
    void ambiguities() {
        fails("$a $opt $vs $any `:` type($a) type($opt) type($r) attr-dict $body $dest", 18,
            "format ambiguity caused by `:` literal found after attribute `any`");
        fails("$a $opt $vs type($a) type($opt) type($r) attr-dict $body $dest", 52,
            "format ambiguity caused by `attr-dict` directive followed by region `body`");
    }

    @Test
    void hintsMustNameSomethingReal() {
        OpDef d = OpDef.builder("test.h").operand("a", Constraints.INDEX)
            .implement(FormatHints.class, FormatHints.builder().symbolName("nothing").build())
            .assemblyFormat("$a attr-dict").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AssemblyFormats.compile(d));
        assertTrue(e.getMessage().contains("'nothing'"), e.getMessage());
    }

    @Test
    void noFormat() {
        OpDef d = OpDef.builder("test.none").build();
        assertThrows(IllegalArgumentException.class, () -> AssemblyFormats.compile(d));
    }
}
