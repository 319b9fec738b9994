package org.jmlir.dialect.arith;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.AsmParser;
import org.jmlir.ir.attr.Location;

/**
 * An ODS bit enum (I32BitEnumAttr) spelled as keywords: {@code none} for no bit, the bits in declaration order,
 * and a group name in place of its bits when all of them are set (printBitEnumPrimaryGroups).
 *
 * @param bits      the names of bits 0, 1, 2, ...
 * @param group     the name of the group of all bits, or null
 * @param separator what goes between printed keywords ({@code ","} or {@code ", "})
 * @param cppName   the enum's C++ name, quoted by parse errors as upstream does
 * @param attrName  the attribute's ODS name, quoted by parse errors
 */
record BitEnum(List<String> bits, String group, String separator, String cppName, String attrName) {
    int allBits() { return (1 << bits.size()) - 1; }

    String print(int value) {
        if (value == 0) return "none";
        List<String> out = new ArrayList<>();
        int rest = value;
        if (group != null && (value & allBits()) == allBits()) {
            out.add(group);
            rest &= ~allBits();
        }
        for (int i = 0; i < bits.size(); i++) if ((rest & (1 << i)) != 0) out.add(bits.get(i));
        return String.join(separator, out);
    }

    /** Parses {@code kw (, kw)*} as the generated field parser does; two diagnostics on a bad keyword, as upstream. */
    int parse(AsmParser p) {
        int value = 0;
        do {
            Location at = p.currentLocation();
            String kw = p.parseOptionalKeyword();
            if (kw == null) kw = p.parseOptionalString();
            if (kw == null) {
                p.error("expected valid keyword or string");
                throw failedParameter(p);
            }
            int v = symbolize(kw);
            if (v < 0) {
                p.errorAt(at, "expected " + cppName + " to be one of: none, " + String.join(", ", bits)
                    + (group == null ? "" : ", " + group));
                throw failedParameter(p);
            }
            value |= v;
        } while (p.parseOptional(","));
        return value;
    }

    private RuntimeException failedParameter(AsmParser p) {
        return p.error("failed to parse " + attrName + " parameter 'value' which is to be a `" + cppName + "`");
    }

    private int symbolize(String kw) {
        if (kw.equals("none")) return 0;
        if (kw.equals(group)) return allBits();
        int i = bits.indexOf(kw);
        return i < 0 ? -1 : 1 << i;
    }
}
