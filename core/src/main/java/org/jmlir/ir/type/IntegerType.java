package org.jmlir.ir.type;

/** {@code iN}, {@code siN}, {@code uiN}: an integer of {@code width} bits (1 to 2^24). */
public record IntegerType(int width, Signedness signedness) implements BuiltinType {
    public static final int MAX_WIDTH = 1 << 24;
    public static final IntegerType I1 = new IntegerType(1, Signedness.SIGNLESS);
    public static final IntegerType I8 = new IntegerType(8, Signedness.SIGNLESS);
    public static final IntegerType I16 = new IntegerType(16, Signedness.SIGNLESS);
    public static final IntegerType I32 = new IntegerType(32, Signedness.SIGNLESS);
    public static final IntegerType I64 = new IntegerType(64, Signedness.SIGNLESS);

    public enum Signedness { SIGNLESS, SIGNED, UNSIGNED }

    public IntegerType {
        if (width < 0 || width > MAX_WIDTH) throw new IllegalArgumentException("integer bitwidth out of range: " + width);
    }

    public static IntegerType signless(int width) {
        return new IntegerType(width, Signedness.SIGNLESS);
    }

    public boolean isSignless() { return signedness == Signedness.SIGNLESS; }
    public boolean isSigned() { return signedness == Signedness.SIGNED; }
    public boolean isUnsigned() { return signedness == Signedness.UNSIGNED; }

    @Override
    public String toString() {
        return switch (signedness) {
            case SIGNLESS -> "i" + width;
            case SIGNED -> "si" + width;
            case UNSIGNED -> "ui" + width;
        };
    }
}
