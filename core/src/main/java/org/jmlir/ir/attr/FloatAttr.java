package org.jmlir.ir.attr;

import java.util.Objects;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.Type;

/**
 * {@code 1.0 : f32}. The value is held as a double, which represents every format up to f64 exactly (f80 and f128
 * are rounded to double precision). Equality compares the raw bits, so NaNs of different sign or payload stay
 * distinct (interning must not merge them) and 0.0 differs from -0.0.
 */
public record FloatAttr(Type type, double value) implements BuiltinAttribute, TypedAttribute {
    public FloatAttr { Objects.requireNonNull(type); }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatAttr f && f.type.equals(type)
            && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(value);
    }

    @Override
    public int hashCode() { return type.hashCode() * 31 + Long.hashCode(Double.doubleToRawLongBits(value)); }

    public static FloatAttr f32(double v) { return new FloatAttr(FloatType.F32, (float) v); }

    public static FloatAttr f64(double v) { return new FloatAttr(FloatType.F64, v); }
}
