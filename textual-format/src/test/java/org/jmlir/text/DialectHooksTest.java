package org.jmlir.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;
import java.util.List;
import org.jmlir.asm.AsmParser;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.ir.Context;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DialectAttribute;
import org.jmlir.ir.attr.OpaqueAttr;
import org.jmlir.ir.type.DialectType;
import org.jmlir.ir.type.OpaqueType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.OpDef;
import org.junit.jupiter.api.Test;

/** Dialect types and attributes go through their dialect's hooks; unknown dialects give opaque values or errors. */
class DialectHooksTest {
    record PairType(Type first, Type second) implements DialectType {
        public String dialectNamespace() { return "tst"; }

        public String mnemonic() { return "pair"; }

        public void printParameters(AsmPrinter p) {
            p.print("<").printType(first).print(", ").printType(second).print(">");
        }
    }

    record FlagType() implements DialectType {
        public String dialectNamespace() { return "tst"; }

        public String mnemonic() { return "flag"; }

        public void printParameters(AsmPrinter p) { }
    }

    record RangeAttr(BigInteger lo, BigInteger hi, Attribute tag) implements DialectAttribute {
        public String dialectNamespace() { return "tst"; }

        public String mnemonic() { return "range"; }

        public void printParameters(AsmPrinter p) {
            p.print("<").print(lo.longValue()).print(", ").print(hi.longValue());
            if (tag != null) p.print(", ").printAttribute(tag);
            p.print(">");
        }
    }

    static final class TestDialect extends Dialect {
        public String namespace() { return "tst"; }

        public List<OpDef> operations() { return List.of(); }

        @Override
        public Type parseType(AsmParser p) {
            String m = p.parseKeyword();
            switch (m) {
                case "flag" -> { return new FlagType(); }
                case "pair" -> {
                    p.parse("<");
                    Type a = p.parseType();
                    p.parse(",");
                    Type b = p.parseType();
                    p.parse(">");
                    return new PairType(a, b);
                }
                default -> throw p.error("unknown tst type: " + m);
            }
        }

        @Override
        public Attribute parseAttribute(AsmParser p, Type type) {
            p.parseKeyword("range");
            p.parse("<");
            BigInteger lo = p.parseInteger();
            p.parse(",");
            BigInteger hi = p.parseInteger();
            Attribute tag = p.parseOptional(",") ? p.parseAttribute() : null;
            p.parse(">");
            return new RangeAttr(lo, hi, tag);
        }
    }

    private static Context context(boolean allowUnregistered) {
        Context c = new Context();
        c.loadDialect(new TestDialect());
        c.setAllowUnregisteredDialects(allowUnregistered);
        return c;
    }

    private static String roundTrip(Context c, String text) {
        return AttrTypePrinter.attributeToString(StandaloneTypeAttrParser.parseAttribute(c, text));
    }

    @Test
    void typesParseThroughTheDialectAndPrintWithTheirMnemonic() {
        Context c = context(false);
        Type t = StandaloneTypeAttrParser.parseType(c, "!tst.pair<i32, !tst.pair<f32, !tst.flag>>");
        assertEquals(new PairType(org.jmlir.ir.type.IntegerType.I32,
            new PairType(org.jmlir.ir.type.FloatType.F32, new FlagType())), t);
        assertEquals("!tst.pair<i32, !tst.pair<f32, !tst.flag>>", AttrTypePrinter.typeToString(t));
        assertEquals("tensor<4x!tst.flag>", roundTrip(c, "tensor<4x!tst.flag>"));
        assertEquals("[!tst.flag, i1]", roundTrip(c, "[!tst.flag,i1]"));
        // the verbose form reaches the same hook
        assertEquals("!tst.pair<i1, i1>", roundTrip(c, "!tst<pair<i1,i1>>"));
    }

    @Test
    void attributesParseThroughTheDialect() {
        Context c = context(false);
        assertEquals("#tst.range<1, 5>", roundTrip(c, "#tst.range<1, 5>"));
        assertEquals("{r = #tst.range<-1, 2, [affine_map<(d0) -> (d0)>]>}",
            roundTrip(c, "{r = #tst.range<-1,2, [affine_map<(d0)->(d0)>]>}"));
        // aliases inside a dialect attribute's parameters
        AliasNames names = AliasNames.of(List.of(StandaloneTypeAttrParser.parseAttribute(c,
            "#tst.range<0, 1, affine_map<(d0) -> (d0 + 1)>>")));
        assertEquals(List.of("#map = affine_map<(d0) -> (d0 + 1)>"), names.definitionLines(false));
    }

    @Test
    void aDialectErrorPointsIntoTheSymbol() {
        Context c = context(false);
        assertEquals("unknown tst type: bogus", TextTestSupport.attributeError(c, "!tst.bogus"));
        assertEquals("expected integer value", TextTestSupport.attributeError(c, "#tst.range<a, 1>"));
    }

    @Test
    void unknownDialectsAreOpaqueWhenAllowed() {
        Context c = context(true);
        assertInstanceOf(OpaqueType.class, StandaloneTypeAttrParser.parseType(c, "!foo.bar<1, [2]>"));
        assertInstanceOf(OpaqueAttr.class, StandaloneTypeAttrParser.parseAttribute(c, "#foo.bar<x>"));
        assertEquals("#foo.bar<  x> : i32", roundTrip(c, "#foo.bar<  x> : i32"));
        assertEquals("!foo<\"a b\">", roundTrip(c, "!foo<\"a b\">"));
    }

    @Test
    void unknownDialectsAreErrorsOtherwise() {
        Context c = context(false);
        assertEquals("`!\"foo\"<\"bar<1>\">` type created with unregistered dialect. If this is intended, please call "
            + "allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool"
            + " used", TextTestSupport.attributeError(c, "!foo.bar<1>"));
        assertEquals("#\"foo\"<\"abc\"> : 'none' attribute created with unregistered dialect. If this is intended, "
            + "please call allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the "
            + "MLIR opt tool used", TextTestSupport.attributeError(c, "#foo.abc"));
    }
}
