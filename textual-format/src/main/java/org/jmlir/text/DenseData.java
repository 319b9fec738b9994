package org.jmlir.text;

import java.math.BigInteger;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.DenseValues;
import org.jmlir.ir.type.ComplexType;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;

/**
 * The raw little-endian form of dense elements that MLIR prints as {@code dense<"0x...">}: each scalar takes its
 * bit width rounded up to whole bytes (index 8 bytes), complex values put the real part first, and i1 elements are
 * packed 8 per byte. Also decides which {@link DenseValues} variant holds an element type.
 */
public final class DenseData {
    private DenseData() {}

    /** The scalar type inside a (possibly complex) element type. */
    public static Type scalarType(Type elementType) {
        return elementType instanceof ComplexType c ? c.elementType() : elementType;
    }

    /** True for element types stored as numbers (ints, index, floats and complex of those); false for strings. */
    public static boolean isNumeric(Type elementType) {
        Type s = scalarType(elementType);
        return s instanceof IntegerType || s instanceof IndexType || s instanceof FloatType;
    }

    /** Bits of one scalar: the type's width (index is 64). */
    public static int scalarBits(Type scalar) {
        if (scalar instanceof IntegerType it) return it.width();
        if (scalar instanceof FloatType ft) return ft.width();
        return 64;
    }

    /** Bytes one scalar takes in the raw form (i1 is bit-packed and reported as 0 here). */
    private static int scalarBytes(Type scalar) {
        int bits = scalarBits(scalar);
        return bits == 1 ? 0 : (bits + 7) / 8;
    }

    private static boolean isBool(Type elementType) {
        return elementType instanceof IntegerType it && it.width() == 1;
    }

    /** True if the type's elements use {@link DenseValues.WideInts}. */
    public static boolean isWide(Type scalar) { return scalar instanceof IntegerType it && it.width() > 64; }

    /**
     * MLIR's isValidRawBuffer: 1 when the bytes hold one (splat) element, 2 when they hold every element, 0 when
     * their size fits neither. For i1, a single all-zeros or all-ones byte is a splat whatever the element count.
     */
    public static int classifyRawBuffer(ShapedType type, byte[] raw) {
        long n = type.numElements();
        Type elt = type.elementType();
        if (isBool(elt)) {
            if (raw.length == 1 && (raw[0] == 0 || raw[0] == (byte) 0xFF)) return 1;
            return (long) raw.length * 8 == ((n + 7) / 8) * 8 ? (n == 1 ? 1 : 2) : 0;
        }
        int per = scalarBytes(scalarType(elt)) * (elt instanceof ComplexType ? 2 : 1);
        if (raw.length == per) return 1;
        return (long) raw.length == (long) per * n ? 2 : 0;
    }

    /** Decodes raw data; {@code splat} says it holds a single element. */
    public static DenseValues decode(ShapedType type, byte[] raw, boolean splat) {
        Type elt = type.elementType();
        Type scalar = scalarType(elt);
        int per = elt instanceof ComplexType ? 2 : 1;
        int count = (int) (splat ? per : type.numElements() * per);
        if (isBool(elt)) {
            long[] v = new long[count];
            for (int i = 0; i < count; i++) v[i] = (raw[i / 8] >> (i % 8)) & 1;
            return new DenseValues.Ints(v);
        }
        int bytes = scalarBytes(scalar);
        int bits = scalarBits(scalar);
        if (scalar instanceof FloatType ft) {
            double[] v = new double[count];
            for (int i = 0; i < count; i++) {
                double d = bytes <= 8 ? FloatFormats.fromBitsFast(loadLong(raw, i * bytes, bytes), ft.kind()) : Double.NaN;
                v[i] = Double.isNaN(d) && ft.kind() != FloatKind.F64
                    ? FloatFormats.fromBits(load(raw, i * bytes, bytes, bits), ft.kind()) : d;
            }
            return new DenseValues.Floats(v);
        }
        if (isWide(scalar)) {
            BigInteger[] v = new BigInteger[count];
            for (int i = 0; i < count; i++) v[i] = AttributeParser.normalize(scalar, load(raw, i * bytes, bytes, bits));
            return new DenseValues.WideInts(v);
        }
        boolean unsigned = scalar instanceof IntegerType it && it.isUnsigned();
        long[] v = new long[count];
        for (int i = 0; i < count; i++) {
            long x = loadLong(raw, i * bytes, bytes);
            if (bits == 0) x = 0;
            else if (bits < 64) x = unsigned ? x & ((1L << bits) - 1) : (x << (64 - bits)) >> (64 - bits);
            v[i] = x;
        }
        return new DenseValues.Ints(v);
    }

    private static long loadLong(byte[] raw, int offset, int bytes) {
        long x = 0;
        for (int i = bytes - 1; i >= 0; i--) x = (x << 8) | (raw[offset + i] & 0xFF);
        return x;
    }

    private static void storeLong(byte[] out, int offset, int bytes, long x) {
        for (int i = 0; i < bytes; i++) {
            out[offset + i] = (byte) x;
            x >>>= 8;
        }
    }

    private static BigInteger load(byte[] raw, int offset, int bytes, int bits) {
        byte[] be = new byte[bytes + 1];
        for (int i = 0; i < bytes; i++) be[bytes - i] = raw[offset + i];
        BigInteger v = new BigInteger(be);
        return bits % 8 == 0 ? v : v.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    }

    /** The raw form of every element of {@code attr} (a splat is expanded), as mlir-opt prints it in hex. */
    public static byte[] encode(DenseElementsAttr attr) {
        ShapedType type = attr.type();
        Type elt = type.elementType();
        Type scalar = scalarType(elt);
        int per = elt instanceof ComplexType ? 2 : 1;
        int count = (int) (type.numElements() * per);
        DenseValues values = attr.values();
        int stored = values.length();
        if (isBool(elt)) {
            byte[] out = new byte[(count + 7) / 8];
            long[] v = ((DenseValues.Ints) values).values();
            for (int i = 0; i < count; i++) if (v[i % stored] != 0) out[i / 8] |= (byte) (1 << (i % 8));
            return out;
        }
        int bytes = scalarBytes(scalar);
        int bits = scalarBits(scalar);
        byte[] out = new byte[count * bytes];
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        long lmask = bits >= 64 ? -1L : (1L << bits) - 1;
        for (int i = 0; i < count; i++) {
            int k = i % stored;
            if (values instanceof DenseValues.Ints ints) {
                storeLong(out, i * bytes, bytes, ints.values()[k] & lmask);
                continue;
            }
            if (values instanceof DenseValues.Floats f) {
                long fast = FloatFormats.toBitsFast(f.values()[k], ((FloatType) scalar).kind());
                if (fast != -1 || ((FloatType) scalar).kind() == FloatKind.F64) {
                    storeLong(out, i * bytes, bytes, fast);
                    continue;
                }
            }
            BigInteger b = switch (values) {
                case DenseValues.Ints ints -> BigInteger.valueOf(ints.values()[k]).and(mask);
                case DenseValues.WideInts w -> w.values()[k].and(mask);
                case DenseValues.Floats f -> FloatFormats.toBits(f.values()[k], ((FloatType) scalar).kind());
                case DenseValues.Strings s -> throw new IllegalArgumentException("string elements have no raw form");
            };
            store(out, i * bytes, bytes, b);
        }
        return out;
    }

    private static void store(byte[] out, int offset, int bytes, BigInteger v) {
        byte[] be = v.toByteArray();
        for (int i = 0; i < bytes; i++) {
            int j = be.length - 1 - i;
            out[offset + i] = j >= 0 ? be[j] : 0;
        }
    }
}
