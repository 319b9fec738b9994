package org.jmlir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.AsmText;
import org.jmlir.asm.ParseException;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Context;
import org.jmlir.ir.attr.FileLineColLoc;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.UnitAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.FunctionType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.junit.jupiter.api.Test;

/** The token-level AsmParser methods, alias definitions, trailing locations and the AsmText provider. */
class ParserApiTest {
    private final Context c = TextTestSupport.context();
    private final List<Diagnostic> diags = new ArrayList<>();

    private StandaloneTypeAttrParser parser(String text) {
        c.diagnostics().addHandler(diags::add);
        return new StandaloneTypeAttrParser(c, text, "t.mlir");
    }

    private String firstError() {
        c.diagnostics().flush();
        Diagnostic d = diags.get(0);
        FileLineColLoc f = d.location().filePosition();
        return f.line() + ":" + f.column() + ": " + d.message();
    }

    @Test
    void tokens() {
        StandaloneTypeAttrParser p = parser("foo \"s\\0A\" -12 0x1F true @sym @\"q x\" : i32, f32 -> (i1) ( 2x?x4xf32");
        assertEquals("foo", p.parseKeywordOrString());
        assertEquals("s\n", p.parseKeywordOrString());
        assertEquals(BigInteger.valueOf(-12), p.parseInteger());
        assertEquals(BigInteger.valueOf(31), p.parseOptionalInteger());
        assertEquals(BigInteger.ONE, p.parseInteger());
        assertEquals("sym", p.parseSymbolName());
        assertEquals("q x", p.parseOptionalSymbolName());
        assertEquals(List.of(IntegerType.I32, FloatType.F32), p.parseColonTypeList());
        assertEquals(List.of(IntegerType.I1), p.parseOptionalArrowTypeList());
        assertTrue(p.peek("("));
        p.parse("(");
        assertEquals(List.of(2L, ShapedType.DYNAMIC, 4L), p.parseDimensionList(true, true));
        assertEquals(FloatType.F32, p.parseType());
        p.expectEnd();
    }

    @Test
    void floatsAcceptInfNanAndBitPatterns() {
        StandaloneTypeAttrParser p = parser("inf -inf nan 0x3C00 1.5 -0.1");
        assertEquals(Double.POSITIVE_INFINITY, p.parseFloat(FloatType.F16));
        assertEquals(Double.NEGATIVE_INFINITY, p.parseFloat(FloatType.F16));
        assertTrue(Double.isNaN(p.parseFloat(FloatType.F32)));
        assertEquals(1.0, p.parseFloat(FloatType.F16));
        assertEquals(1.5, p.parseFloat(null));
        assertEquals((double) -0.1f, p.parseFloat(FloatType.F32));
    }

    @Test
    void decimalIntegerIsNotAFloat() {
        StandaloneTypeAttrParser p = parser("42");
        assertThrows(ParseException.class, () -> p.parseFloat(FloatType.F32));
        assertEquals("1:1: unexpected decimal integer literal for a floating point value", firstError());
        assertEquals("add a trailing dot to make the literal a float", diags.get(0).notes().get(0).message());
    }

    @Test
    void attributeDictionariesKeepTheWrittenOrder() {
        StandaloneTypeAttrParser p = parser("attributes {b = 1 : i32, \"a c\", loc = \"x\"}");
        assertEquals(List.of(new NamedAttribute("b", IntegerAttr.i32(1)), new NamedAttribute("a c", UnitAttr.UNIT),
            new NamedAttribute("loc", new StringAttr("x"))), p.parseOptionalAttrDictWithKeyword());
        assertEquals(List.of(), p.parseOptionalAttrDict());
    }

    @Test
    void functionTypes() {
        StandaloneTypeAttrParser p = parser("(i32, tensor<2xf32>) -> (i1, i1) (i32) -> ((i1) -> i1)");
        FunctionType f = p.parseFunctionType();
        assertEquals(2, f.results().size());
        assertEquals("(i32) -> ((i1) -> i1)", AttrTypePrinter.typeToString(p.parseFunctionType()));
    }

    @Test
    void aliasDefinitions() {
        StandaloneTypeAttrParser p = parser("#a = 1 : i8\n!t = tensor<4x!u>");
        p.parseAliasDefinition();
        assertEquals(IntegerAttr.of(IntegerType.I8, 1), p.attributeAlias("a"));
        assertThrows(ParseException.class, p::parseAliasDefinition);
        assertEquals("2:17: undefined symbol alias id 'u'", firstError());
    }

    @Test
    void aliasErrors() {
        record Case(String text, String error) { }
        for (Case k : List.of(
            new Case("#a = 1\n#a = 2", "2:1: redefinition of attribute alias id 'a'"),
            new Case("!a = i32\n!a = i64", "2:1: redefinition of type alias id 'a'"),
            new Case("#a.b = 1", "1:1: attribute names with a '.' are reserved for dialect-defined names"),
            new Case("!a.b = i1", "1:1: type names with a '.' are reserved for dialect-defined names"),
            new Case("#a = #b", "1:8: undefined symbol alias id 'b'"),
            new Case("#a = ", "1:5: expected attribute value"),
            new Case("#a 1", "1:3: expected '=' in attribute alias definition"),
            new Case("!a = #b", "1:5: expected non-function type"),
            new Case("#a<x> = 1", "1:3: expected '=' in attribute alias definition"))) {
            diags.clear();
            Context fresh = TextTestSupport.context();
            List<Diagnostic> ds = new ArrayList<>();
            fresh.diagnostics().addHandler(ds::add);
            // mlir-opt's inputs end with a newline; errors at the end of input point before it
            StandaloneTypeAttrParser p = new StandaloneTypeAttrParser(fresh, k.text() + "\n", "t.mlir");
            assertThrows(ParseException.class, () -> {
                while (!p.lexer().is(TokenKind.EOF)) p.parseAliasDefinition();
            }, k.text());
            fresh.diagnostics().flush();
            FileLineColLoc f = ds.get(0).location().filePosition();
            assertEquals(k.error(), f.line() + ":" + f.column() + ": " + ds.get(0).message(), k.text());
        }
    }

    @Test
    void trailingLocationsMayReferToLaterAliases() {
        StandaloneTypeAttrParser p = parser("loc(#loc1) loc(\"f\":1:2) loc(#loc9)\n#loc1 = loc(\"a\":3:4)");
        Location fwd = p.parseOptionalLocationSpecifier();
        assertEquals("loc(\"f\":1:2)", AttrTypePrinter.attributeToString(p.parseOptionalLocationSpecifier()));
        Location undefined = p.parseOptionalLocationSpecifier();
        assertNull(p.parseOptionalLocationSpecifier());
        p.parseAliasDefinition();
        assertTrue(p.hasDeferredLocations());
        assertEquals("loc(\"a\":3:4)", AttrTypePrinter.attributeToString(p.resolveDeferredLocation(fwd)));
        assertThrows(ParseException.class, () -> p.resolveDeferredLocation(undefined));
        assertEquals("1:29: operation location alias was never defined", firstError());
    }

    @Test
    void diagnosticsSpellTypesTheMlirWay() {
        Type t = new RankedTensorType(List.of(2L, ShapedType.DYNAMIC), FloatType.BF16);
        assertEquals("tensor<2x?xbf16>", AsmText.of(t));
        assertEquals("dense<1> : tensor<2x?xbf16>".substring(0, 0) + "1 : i32", AsmText.of(IntegerAttr.i32(1)));
    }

    @Test
    void rawBytesInStringsRoundTrip() {
        String text = "\"\\FF\\00a\\22\\C3\\A9\\E2\\82\"";
        assertEquals(text, AttrTypePrinter.attributeToString(StandaloneTypeAttrParser.parseAttribute(c, text)));
        assertEquals("\"\\0A\\09\\\\\"", AttrTypePrinter.attributeToString(new StringAttr("\n\t\\")));
    }

    @Test
    void symbolNamesAreQuotedWhenNeeded() {
        StringBuilder sb = new StringBuilder();
        AttrTypePrinter.appendSymbolName(sb, "a.b$c");
        AttrTypePrinter.appendSymbolName(sb, "9x");
        AttrTypePrinter.appendSymbolName(sb, "");
        assertEquals("@a.b$c@\"9x\"@<<INVALID EMPTY SYMBOL>>", sb.toString());
    }
}
