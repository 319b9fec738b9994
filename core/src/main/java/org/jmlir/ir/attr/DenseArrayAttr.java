package org.jmlir.ir.attr;

import java.util.Arrays;
import java.util.Objects;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;

/**
 * {@code array<i64: 1, 2>}: a one-dimensional array of integers (i1, i8..i64) or floats (f32, f64). Integer
 * elements live in {@code ints}, float elements in {@code floats}; the other is null.
 */
public record DenseArrayAttr(Type elementType, long[] ints, double[] floats) implements BuiltinAttribute {
    public DenseArrayAttr {
        Objects.requireNonNull(elementType);
        if ((ints == null) == (floats == null)) throw new IllegalArgumentException("exactly one of ints/floats");
    }

    public static DenseArrayAttr ofLongs(Type elementType, long... values) {
        return new DenseArrayAttr(elementType, values.clone(), null);
    }

    public static DenseArrayAttr i64(long... values) { return ofLongs(IntegerType.I64, values); }

    public static DenseArrayAttr i32(long... values) { return ofLongs(IntegerType.I32, values); }

    public static DenseArrayAttr ofDoubles(Type elementType, double... values) {
        return new DenseArrayAttr(elementType, null, values.clone());
    }

    public int size() { return ints != null ? ints.length : floats.length; }

    public long getLong(int i) { return ints[i]; }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseArrayAttr d && d.elementType.equals(elementType)
            && Arrays.equals(ints, d.ints) && new DenseValues.Floats(floats == null ? new double[0] : floats)
                .equals(new DenseValues.Floats(d.floats == null ? new double[0] : d.floats));
    }

    @Override
    public int hashCode() {
        return elementType.hashCode() * 31 + Arrays.hashCode(ints)
            + (floats == null ? 0 : new DenseValues.Floats(floats).hashCode());
    }

    @Override
    public String toString() {
        return "array<" + elementType + ": " + (ints != null ? Arrays.toString(ints) : Arrays.toString(floats)) + ">";
    }
}
