package org.jmlir.text;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DenseValues;
import org.jmlir.ir.type.ComplexType;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;

/**
 * The bodies of {@code dense<...>} and {@code array<T: ...>} as mlir-opt prints them: a splat as its one element,
 * nested brackets following the shape, complex values as {@code (re,im)}, and (for non-splat numeric data with more
 * than {@link #HEX_THRESHOLD} elements) the raw little-endian bytes as {@code "0x..."}.
 */
final class DensePrinter {
    /** mlir-opt prints numeric elements in hex when there are more than this many (and they are not a splat). */
    static final long HEX_THRESHOLD = 100;

    private final AttrTypePrinter printer;

    DensePrinter(AttrTypePrinter printer) { this.printer = printer; }

    void print(StringBuilder sb, DenseElementsAttr attr) {
        Type elt = attr.type().elementType();
        long n = attr.numElements();
        if (DenseData.isNumeric(elt) && !attr.isSplat() && n > HEX_THRESHOLD) {
            sb.append("\"0x").append(HexFormat.of().withUpperCase().formatHex(DenseData.encode(attr))).append('"');
            return;
        }
        if (attr.isSplat()) {
            printElement(sb, attr, 0);
            return;
        }
        if (n == 0) return;
        // a mixed-radix counter over the shape: closing a bracket whenever a digit other than the last rolls over
        List<Long> shape = attr.type().shape();
        int rank = shape.size();
        long[] counter = new long[rank];
        int open = 0;
        for (long idx = 0; idx < n; idx++) {
            if (idx != 0) sb.append(", ");
            while (open++ < rank) sb.append('[');
            open = rank;
            printElement(sb, attr, (int) idx);
            counter[rank - 1]++;
            for (int i = rank - 1; i > 0; i--) {
                if (counter[i] >= shape.get(i)) {
                    counter[i] = 0;
                    counter[i - 1]++;
                    open--;
                    sb.append(']');
                }
            }
        }
        while (open-- > 0) sb.append(']');
    }

    private void printElement(StringBuilder sb, DenseElementsAttr attr, int index) {
        Type elt = attr.type().elementType();
        DenseValues v = attr.values();
        if (elt instanceof ComplexType c) {
            sb.append('(');
            printScalar(sb, v, 2 * index, c.elementType());
            sb.append(',');
            printScalar(sb, v, 2 * index + 1, c.elementType());
            sb.append(')');
        } else {
            printScalar(sb, v, index, elt);
        }
    }

    private void printScalar(StringBuilder sb, DenseValues v, int i, Type t) {
        switch (v) {
            case DenseValues.Ints ints -> printInt(sb, BigInteger.valueOf(ints.values()[i]), t);
            case DenseValues.WideInts w -> printInt(sb, w.values()[i], t);
            case DenseValues.Floats f -> FloatPrinter.print(sb, f.values()[i], kind(t));
            case DenseValues.Strings s -> AttrTypePrinter.appendEscaped(sb, s.values().get(i));
        }
    }

    private static FloatKind kind(Type t) { return t instanceof FloatType ft ? ft.kind() : FloatKind.F64; }

    /** i1 as true/false, unsigned types unsigned, the rest signed. */
    private static void printInt(StringBuilder sb, BigInteger v, Type t) {
        if (t instanceof IntegerType it && it.width() == 1) {
            sb.append(v.testBit(0) ? "true" : "false");
            return;
        }
        sb.append(AttrTypePrinter.normalizedInt(t, v));
    }

    void printArrayElements(StringBuilder sb, DenseArrayAttr a) {
        Type t = a.elementType();
        for (int i = 0; i < a.size(); i++) {
            if (i > 0) sb.append(", ");
            if (a.ints() != null) printInt(sb, BigInteger.valueOf(a.ints()[i]), t);
            else FloatPrinter.print(sb, a.floats()[i], kind(t));
        }
    }
}
