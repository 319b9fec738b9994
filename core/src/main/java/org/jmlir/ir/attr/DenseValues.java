package org.jmlir.ir.attr;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * The element storage of a {@link DenseElementsAttr}, primitive where it can be so that large constants (weights)
 * stay compact. Complex elements are interleaved (real, imaginary). A splat stores one element.
 */
public sealed interface DenseValues {
    /** Number of stored scalar slots (2 per complex element). */
    int length();

    /** Integers of width up to 64, each sign- or zero-extended into a long as the element type's signedness says. */
    record Ints(long[] values) implements DenseValues {
        public int length() { return values.length; }
        @Override public boolean equals(Object o) { return o instanceof Ints i && Arrays.equals(values, i.values); }
        @Override public int hashCode() { return Arrays.hashCode(values); }
        @Override public String toString() { return Arrays.toString(values); }
    }

    /** Integers wider than 64 bits. */
    record WideInts(BigInteger[] values) implements DenseValues {
        public int length() { return values.length; }
        @Override public boolean equals(Object o) { return o instanceof WideInts i && Arrays.equals(values, i.values); }
        @Override public int hashCode() { return Arrays.hashCode(values); }
        @Override public String toString() { return Arrays.toString(values); }
    }

    /** Floats of any format, as doubles (exact up to f64). Compared by raw bits so NaN payloads stay distinct. */
    record Floats(double[] values) implements DenseValues {
        public int length() { return values.length; }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Floats f) || f.values.length != values.length) return false;
            for (int i = 0; i < values.length; i++) {
                if (Double.doubleToRawLongBits(values[i]) != Double.doubleToRawLongBits(f.values[i])) return false;
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (double v : values) h = 31 * h + Long.hashCode(Double.doubleToRawLongBits(v));
            return h;
        }

        @Override public String toString() { return Arrays.toString(values); }
    }

    /** String elements (a dense string elements attribute). */
    record Strings(List<String> values) implements DenseValues {
        public Strings { values = List.copyOf(values); }
        public int length() { return values.size(); }
    }
}
