package org.jmlir.ir.type;

/** The floating-point formats of the builtin dialect, with their keyword and bit width. */
public enum FloatKind {
    F4E2M1FN("f4E2M1FN", 4), F6E2M3FN("f6E2M3FN", 6), F6E3M2FN("f6E3M2FN", 6),
    F8E5M2("f8E5M2", 8), F8E4M3("f8E4M3", 8), F8E4M3FN("f8E4M3FN", 8), F8E5M2FNUZ("f8E5M2FNUZ", 8),
    F8E4M3FNUZ("f8E4M3FNUZ", 8), F8E4M3B11FNUZ("f8E4M3B11FNUZ", 8), F8E3M4("f8E3M4", 8), F8E8M0FNU("f8E8M0FNU", 8),
    BF16("bf16", 16), F16("f16", 16), TF32("tf32", 19), F32("f32", 32), F64("f64", 64), F80("f80", 80), F128("f128", 128);

    private final String keyword;
    private final int width;

    FloatKind(String keyword, int width) {
        this.keyword = keyword;
        this.width = width;
    }

    public String keyword() { return keyword; }
    public int width() { return width; }

    /** The kind whose keyword is {@code s}, or null. */
    public static FloatKind fromKeyword(String s) {
        for (FloatKind k : values()) if (k.keyword.equals(s)) return k;
        return null;
    }
}
