package org.jmlir.ir.attr;

import java.util.Objects;
import org.jmlir.ir.type.ComplexType;
import org.jmlir.ir.type.ShapedType;

/**
 * {@code dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>}, {@code dense<1.0> : vector<4xf32>} (a splat), or the hex form
 * {@code dense<"0x0000803F">}. Like MLIR, a value whose elements are all equal is stored as a splat, so it prints as
 * one.
 */
public record DenseElementsAttr(ShapedType type, DenseValues values) implements BuiltinAttribute, TypedAttribute {
    public DenseElementsAttr {
        Objects.requireNonNull(type);
        Objects.requireNonNull(values);
        long n = type.numElements();
        int per = slotsPerElement(type);
        if (n < 0) throw new IllegalArgumentException("dense elements need a static shape");
        if (values.length() != per && (n > Integer.MAX_VALUE || values.length() != n * per)) {
            throw new IllegalArgumentException("expected " + n + " elements, got " + values.length() / per);
        }
        values = canonicalSplat(values, per);
    }

    private static int slotsPerElement(ShapedType type) { return type.elementType() instanceof ComplexType ? 2 : 1; }

    /** True when one element stands for all of them. */
    public boolean isSplat() { return values.length() == slotsPerElement(type); }

    public long numElements() { return type.numElements(); }

    public boolean isComplex() { return type.elementType() instanceof ComplexType; }

    private static DenseValues canonicalSplat(DenseValues v, int per) {
        int n = v.length();
        if (n <= per) return v;
        switch (v) {
            case DenseValues.Ints i -> {
                long[] a = i.values();
                for (int k = per; k < n; k++) if (a[k] != a[k % per]) return v;
                return new DenseValues.Ints(java.util.Arrays.copyOf(a, per));
            }
            case DenseValues.WideInts i -> {
                var a = i.values();
                for (int k = per; k < n; k++) if (!a[k].equals(a[k % per])) return v;
                return new DenseValues.WideInts(java.util.Arrays.copyOf(a, per));
            }
            case DenseValues.Floats f -> {
                double[] a = f.values();
                for (int k = per; k < n; k++) {
                    if (Double.doubleToRawLongBits(a[k]) != Double.doubleToRawLongBits(a[k % per])) return v;
                }
                return new DenseValues.Floats(java.util.Arrays.copyOf(a, per));
            }
            case DenseValues.Strings s -> {
                var a = s.values();
                for (int k = 1; k < n; k++) if (!a.get(k).equals(a.get(0))) return v;
                return new DenseValues.Strings(a.subList(0, 1));
            }
        }
    }
}
