package org.jmlir.ir.type;

/** A floating-point type such as {@code f32}, {@code bf16} or {@code f8E4M3FN}. */
public record FloatType(FloatKind kind) implements BuiltinType {
    public static final FloatType F16 = new FloatType(FloatKind.F16);
    public static final FloatType BF16 = new FloatType(FloatKind.BF16);
    public static final FloatType F32 = new FloatType(FloatKind.F32);
    public static final FloatType F64 = new FloatType(FloatKind.F64);

    public int width() { return kind.width(); }

    @Override
    public String toString() { return kind.keyword(); }
}
