package org.jmlir.dialect.arith;

import java.util.List;
import org.jmlir.asm.AsmParser;
import org.jmlir.asm.AsmPrinter;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.AttrConstraint;
import org.jmlir.text.format.FormatHints;

/**
 * The attribute constraints of arith (also used by math) and the keyword spellings of its integer enums. Upstream's
 * I64EnumAttr/I32EnumAttr are plain integer attributes ({@code predicate = 2 : i64}); only fastmath and overflow are
 * dialect attributes.
 */
public final class ArithAttrs {
    private ArithAttrs() {}

    public static final AttrConstraint FASTMATH = new AttrConstraint("Floating point fast math flags",
        a -> a instanceof FastMathAttr, FastMathAttr::parseParameters);
    public static final AttrConstraint OVERFLOW = new AttrConstraint("Integer overflow arith flags",
        a -> a instanceof OverflowAttr, OverflowAttr::parseParameters);

    public static final List<String> CMPI_PREDICATES =
        List.of("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge");
    public static final List<String> CMPF_PREDICATES = List.of("false", "oeq", "ogt", "oge", "olt", "ole", "one",
        "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true");
    public static final List<String> ROUNDING_MODES =
        List.of("to_nearest_even", "downward", "upward", "toward_zero", "to_nearest_away");

    public static final AttrConstraint CMPI_PREDICATE = intEnum(IntegerType.I64, CMPI_PREDICATES.size(), null);
    public static final AttrConstraint CMPF_PREDICATE = intEnum(IntegerType.I64, CMPF_PREDICATES.size(), null);
    public static final AttrConstraint ROUNDING_MODE = intEnum(IntegerType.I32, ROUNDING_MODES.size(),
        "Floating point rounding mode");

    /** An integer enum attribute of cases 0..n-1; without a summary ODS lists the allowed cases. */
    static AttrConstraint intEnum(IntegerType type, int n, String summary) {
        if (summary == null) {
            StringBuilder sb = new StringBuilder("allowed " + type.width() + "-bit signless integer cases: ");
            for (int i = 0; i < n; i++) sb.append(i == 0 ? "" : ", ").append(i);
            summary = sb.toString();
        }
        return new AttrConstraint(summary, a -> a instanceof IntegerAttr i && i.type().equals(type)
            && i.value().signum() >= 0 && i.value().intValue() < n && i.value().bitLength() < 32);
    }

    /**
     * Spells an integer enum attribute as its keyword (or a string), as the generated parser of an I64EnumAttr in an
     * assembly format does. An optional attribute is absent (null, nothing consumed) unless one of its cases is next;
     * a required one reports upstream's message for anything else.
     */
    public static FormatHints.Builder enumSpelling(FormatHints.Builder b, String attr, Type type, List<String> cases,
                                                   boolean required) {
        return b.attrSpelling(attr, p -> parseEnum(p, attr, type, cases, required), (a, pr) -> printEnum(a, pr, cases));
    }

    private static Attribute parseEnum(AsmParser p, String attr, Type type, List<String> cases, boolean required) {
        String next = p.peekSpelling();
        String word = next != null && next.length() >= 2 && next.startsWith("\"") ? next.substring(1, next.length() - 1)
            : next;
        int i = word == null ? -1 : cases.indexOf(word);
        if (i < 0) {
            if (!required) return null;
            throw p.error("expected string or keyword containing one of the following enum values for attribute '"
                + attr + "' [" + String.join(", ", cases) + "]");
        }
        p.parseKeywordOrString();
        return IntegerAttr.of(type, i);
    }

    private static void printEnum(Attribute a, AsmPrinter p, List<String> cases) {
        long v = a instanceof IntegerAttr i ? i.longValue() : -1;
        if (v >= 0 && v < cases.size()) p.print(cases.get((int) v));
        else p.printAttribute(a);
    }
}
