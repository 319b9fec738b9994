package org.jmlir.text.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ods.AttrConstraint;
import org.jmlir.ods.AttrDef;
import org.jmlir.ods.Constraints;
import org.junit.jupiter.api.Test;

/** Which spelling an attribute variable gets, as MLIR decides from the attribute's ODS class. */
class AttrSyntaxTest {
    private static AttrSyntax syntax(String name, AttrConstraint c, boolean qualified, FormatHints hints) {
        return AttrSyntax.of(new Element.AttrVar(name, new AttrDef(name, c, false, null), qualified), hints);
    }

    private static AttrSyntax syntax(AttrConstraint c) { return syntax("x", c, false, FormatHints.NONE); }

    @Test
    void scalarTypesImpliedByTheConstraintArePrintedBare() {
        assertEquals(IntegerType.I64, AttrSyntax.impliedScalarType(Constraints.I64_ATTR));
        assertEquals(IntegerType.I32, AttrSyntax.impliedScalarType(Constraints.I32_ATTR));
        assertEquals(IndexType.INDEX, AttrSyntax.impliedScalarType(Constraints.INDEX_ATTR));
        assertEquals(IntegerType.I1, AttrSyntax.impliedScalarType(Constraints.BOOL_ATTR));
        AttrConstraint nonNegative = new AttrConstraint("64-bit signless integer attribute whose minimum value is 0",
            a -> Constraints.I64_ATTR.test(a) && ((IntegerAttr) a).longValue() >= 0);
        assertEquals(IntegerType.I64, AttrSyntax.impliedScalarType(nonNegative));
        AttrConstraint f32 = new AttrConstraint("32-bit float attribute",
            a -> a instanceof org.jmlir.ir.attr.FloatAttr f && f.type().equals(FloatType.F32));
        assertEquals(FloatType.F32, AttrSyntax.impliedScalarType(f32));
        assertInstanceOf(AttrSyntax.Implied.class, syntax(Constraints.I64_ATTR));
    }

    @Test
    void openConstraintsPrintTheFullAttribute() {
        for (AttrConstraint c : new AttrConstraint[] {Constraints.ANY_ATTR, Constraints.TYPED_ATTR,
            Constraints.INTEGER_ATTR, Constraints.FLOAT_ATTR}) {
            AttrSyntax s = syntax(c);
            assertInstanceOf(AttrSyntax.Full.class, s, c.summary());
            assertTrue(s.takesTrailingType(), c.summary());
        }
        for (AttrConstraint c : new AttrConstraint[] {Constraints.ARRAY_ATTR, Constraints.TYPE_ATTR,
            Constraints.FLAT_SYMBOL_REF_ATTR, Constraints.DICT_ATTR}) {
            AttrSyntax s = syntax(c);
            assertInstanceOf(AttrSyntax.Full.class, s, c.summary());
            assertFalse(s.takesTrailingType(), c.summary());
        }
        assertInstanceOf(AttrSyntax.Full.class, syntax("x", Constraints.I64_ATTR, true, FormatHints.NONE),
            "qualified(...) prints the full attribute");
    }

    @Test
    void specialSpellings() {
        assertInstanceOf(AttrSyntax.DenseArray.class, syntax(Constraints.DENSE_I64_ARRAY));
        assertInstanceOf(AttrSyntax.DenseArray.class, syntax(Constraints.DENSE_BOOL_ARRAY));
        assertInstanceOf(AttrSyntax.Str.class, syntax(Constraints.STRING_ATTR));
        assertInstanceOf(AttrSyntax.SymbolName.class, syntax("sym_name", Constraints.SYMBOL_NAME_ATTR, false,
            FormatHints.NONE));
        assertInstanceOf(AttrSyntax.Unit.class, syntax(Constraints.UNIT_ATTR));
        assertTrue(syntax(Constraints.UNIT_ATTR).isUnit());
        assertInstanceOf(AttrSyntax.Stripped.class, syntax(TestOps.OVERFLOW));
    }

    @Test
    void hintsOverrideTheGuess() {
        FormatHints h = FormatHints.builder().attrType("x", IntegerType.I16).symbolName("callee")
            .enumKeywords("pred", IntegerType.I64, "a", "b").build();
        assertInstanceOf(AttrSyntax.Implied.class, syntax("x", Constraints.ANY_ATTR, false, h));
        assertInstanceOf(AttrSyntax.SymbolName.class, syntax("callee", Constraints.STRING_ATTR, false, h));
        assertInstanceOf(AttrSyntax.Spelled.class, syntax("pred", Constraints.I64_ATTR, false, h));
    }

    @Test
    void throwingPredicatesCountAsRejection() {
        AttrConstraint careless = new AttrConstraint("careless", a -> ((IntegerAttr) a).type().equals(IntegerType.I8));
        assertEquals(IntegerType.I8, AttrSyntax.impliedScalarType(careless));
    }
}
