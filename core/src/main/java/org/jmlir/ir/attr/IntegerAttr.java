package org.jmlir.ir.attr;

import java.math.BigInteger;
import java.util.Objects;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;

/**
 * {@code 42 : i32}, {@code true}. The value is kept as the mathematical integer the bits denote under the type's
 * signedness (signless types are read as signed), so {@code -1 : i8} and {@code 255 : ui8} are both natural.
 */
public record IntegerAttr(Type type, BigInteger value) implements BuiltinAttribute, TypedAttribute {
    public static final IntegerAttr TRUE = new IntegerAttr(IntegerType.I1, BigInteger.ONE);
    public static final IntegerAttr FALSE = new IntegerAttr(IntegerType.I1, BigInteger.ZERO);

    public IntegerAttr {
        Objects.requireNonNull(type);
        Objects.requireNonNull(value);
    }

    public static IntegerAttr of(Type type, long value) {
        return new IntegerAttr(type, BigInteger.valueOf(value));
    }

    public static IntegerAttr bool(boolean b) { return b ? TRUE : FALSE; }

    public static IntegerAttr index(long v) { return of(IndexType.INDEX, v); }

    public static IntegerAttr i64(long v) { return of(IntegerType.I64, v); }

    public static IntegerAttr i32(long v) { return of(IntegerType.I32, v); }

    public long longValue() { return value.longValue(); }

    public boolean isBool() { return type.equals(IntegerType.I1); }
}
