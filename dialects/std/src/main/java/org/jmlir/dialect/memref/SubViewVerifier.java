package org.jmlir.dialect.memref;

import static org.jmlir.ir.type.ShapedType.DYNAMIC;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jmlir.asm.AsmText;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.Segments;

/**
 * The checks of the offsets/sizes/strides ops (subview, reinterpret_cast), with upstream's messages. Most of them
 * are emitted without the {@code 'memref.subview' op} prefix, as upstream emits them.
 */
final class SubViewVerifier {
    private SubViewVerifier() {}

    private static String q(Type t) { return "'" + AsmText.of(t) + "'"; }

    private static long[] statics(Operation op, String name) {
        return op.attr(name) instanceof DenseArrayAttr a && a.ints() != null ? a.ints() : new long[0];
    }

    /** OffsetSizeAndStrideOpInterface: list lengths against the op's maximal ranks, dynamic counts, signs. */
    private static boolean interfaceChecks(Operation op, int[] maxRanks, long[] offsets, long[] sizes, long[] strides) {
        String[] names = {"offset", "size", "stride"};
        long[][] lists = {offsets, sizes, strides};
        String[] groups = {"offsets", "sizes", "strides"};
        // Upstream checks the dynamic entries against the operands before anything else.
        for (int i = 0; i < 3; i++) {
            int dynamic = 0;
            for (long v : lists[i]) if (v == DYNAMIC) dynamic++;
            int values = Segments.operands(op, groups[i]).size();
            if (values != dynamic) {
                return op.emitError("expected the number of '" + groups[i] + "' to match the number of dynamic "
                    + "entries in 'static_" + groups[i] + "' (" + values + " vs " + dynamic + ")").fail();
            }
        }
        if (!(offsets.length == 1 && maxRanks[0] == 1) && offsets.length != sizes.length) {
            return op.emitError("expected mixed offsets rank to match mixed sizes rank (" + offsets.length + " vs "
                + sizes.length + ") so the rank of the result type is well-formed.").fail();
        }
        if (sizes.length != strides.length) {
            return op.emitError("expected mixed sizes rank to match mixed strides rank (" + sizes.length + " vs "
                + strides.length + ") so the rank of the result type is well-formed.").fail();
        }
        for (int i = 0; i < 3; i++) {
            if (lists[i].length != maxRanks[i]) {
                return op.emitError("expected " + maxRanks[i] + " " + names[i] + " values, got " + lists[i].length)
                    .fail();
            }
        }
        for (long o : offsets) {
            if (o < 0 && o != DYNAMIC) return op.emitError("expected offsets to be non-negative, but got " + o).fail();
        }
        for (long s : sizes) {
            if (s < 0 && s != DYNAMIC) return op.emitError("expected sizes to be non-negative, but got " + s).fail();
        }
        return true;
    }

    // ---- memref.subview

    /** The type a subview has without rank reduction: static sizes, strides and offset folded from the source's. */
    static MemRefType inferResultType(MemRefType source, long[] offsets, long[] sizes, long[] strides) {
        Layouts.Strided s = Layouts.stridesAndOffset(source);
        long offset = s.offset();
        for (int i = 0; i < offsets.length && i < s.strides().length; i++) {
            offset = Layouts.add(offset, Layouts.mul(offsets[i], s.strides()[i]));
        }
        long[] targetStrides = new long[Math.min(strides.length, s.strides().length)];
        for (int i = 0; i < targetStrides.length; i++) targetStrides[i] = Layouts.mul(s.strides()[i], strides[i]);
        List<Long> shape = new ArrayList<>();
        for (long d : sizes) shape.add(d);
        return Layouts.withLayout(source, shape, Layouts.strided(offset, targetStrides));
    }

    static boolean subview(Operation op) {
        MemRefType base = (MemRefType) op.operand(0).type();
        MemRefType result = (MemRefType) op.result(0).type();
        long[] offsets = statics(op, "static_offsets"), sizes = statics(op, "static_sizes");
        long[] strides = statics(op, "static_strides");
        int r = base.rank();
        if (!interfaceChecks(op, new int[] {r, r, r}, offsets, sizes, strides)) return false;
        if (!Objects.equals(base.memorySpace(), result.memorySpace())) {
            return op.emitError("different memory spaces specified for base memref type " + q(base)
                + " and subview memref type " + q(result)).fail();
        }
        if (Layouts.stridesAndOffset(base) == null) return op.emitError("base type " + q(base) + " is not strided").fail();
        MemRefType expected = inferResultType(base, offsets, sizes, strides);
        if (!expected.equals(result)) {
            if (result.rank() > expected.rank()) {
                return op.emitError("expected result rank to be smaller or equal to the source rank, but got "
                    + q(result)).fail();
            }
            if (rankReductionMask(expected.shape(), result.shape()) == null) return mismatch(op, expected, "sizes");
            if (!expected.elementType().equals(result.elementType())) {
                return op.emitError("expected result element type to be " + q(expected.elementType()) + ", but got "
                    + q(result)).fail();
            }
        }
        Layouts.Strided e = Layouts.stridesAndOffset(expected), a = Layouts.stridesAndOffset(result);
        if (a == null || e.offset() != a.offset()) return mismatch(op, expected, "layout");
        BitSet dropped = memRefRankReductionMask(expected, result, sizes);
        if (dropped == null) return mismatch(op, expected, "layout");
        for (int i = 0, j = 0; i < expected.rank(); i++) {
            if (dropped.get(i)) continue;
            if (e.strides()[i] != a.strides()[j++]) return mismatch(op, expected, "layout");
        }
        return inBounds(op, base.shape(), offsets, sizes, strides);
    }

    private static boolean mismatch(Operation op, MemRefType expected, String what) {
        return op.emitError("expected result type to be " + q(expected) + " or a rank-reduced version. (mismatch of "
            + "result " + what + "), but got " + q(op.result(0).type())).fail();
    }

    /** MLIR's computeRankReductionMask: which dims of {@code original} are dropped (size 1) to get {@code reduced}. */
    static BitSet rankReductionMask(List<Long> original, List<Long> reduced) {
        BitSet unused = new BitSet();
        int j = 0;
        for (int i = 0; i < original.size(); i++) {
            if (j < reduced.size() && original.get(i).equals(reduced.get(j))) {
                j++;
                continue;
            }
            unused.set(i);
            if (original.get(i) != 1) return null;
        }
        return j == reduced.size() ? unused : null;
    }

    /**
     * MLIR's computeMemRefRankReductionMask: among the unit dims, those whose stride also disappears from the
     * reduced type are the dropped ones.
     */
    private static BitSet memRefRankReductionMask(MemRefType original, MemRefType reduced, long[] sizes) {
        BitSet unused = new BitSet();
        if (original.rank() == reduced.rank()) return unused;
        for (int i = 0; i < sizes.length; i++) if (sizes[i] == 1) unused.set(i);
        if (unused.cardinality() + reduced.rank() == original.rank()) return unused;
        Layouts.Strided o = Layouts.stridesAndOffset(original), c = Layouts.stridesAndOffset(reduced);
        if (o == null || c == null) return null;
        Map<Long, Integer> unaccounted = occurrences(o.strides()), candidate = occurrences(c.strides());
        for (int d = unused.nextSetBit(0); d >= 0; d = unused.nextSetBit(d + 1)) {
            long stride = o.strides()[d];
            int have = unaccounted.getOrDefault(stride, 0), want = candidate.getOrDefault(stride, 0);
            if (have > want) unaccounted.put(stride, have - 1);
            else if (have == want) unused.clear(d);
            else return null;
        }
        return unused.cardinality() + reduced.rank() == original.rank() ? unused : null;
    }

    private static Map<Long, Integer> occurrences(long[] values) {
        Map<Long, Integer> m = new HashMap<>();
        for (long v : values) m.merge(v, 1, Integer::sum);
        return m;
    }

    /** The slice must stay inside the static dims of the source. */
    private static boolean inBounds(Operation op, List<Long> shape, long[] offsets, long[] sizes, long[] strides) {
        for (int i = 0; i < shape.size(); i++) {
            long dim = shape.get(i);
            if (dim == DYNAMIC || offsets[i] == DYNAMIC) continue;
            if (offsets[i] >= dim) {
                return op.emitError("offset " + i + " is out-of-bounds: " + offsets[i] + " >= " + dim).fail();
            }
            if (sizes[i] == DYNAMIC || strides[i] == DYNAMIC) continue;
            long last = offsets[i] + (sizes[i] - 1) * strides[i];
            if (last >= dim) {
                return op.emitError("slice along dimension " + i + " runs out-of-bounds: " + last + " >= " + dim).fail();
            }
        }
        return true;
    }

    // ---- memref.reinterpret_cast

    private static String staticOrDynamic(long v) { return v == DYNAMIC ? "dynamic" : Long.toString(v); }

    static boolean reinterpretCast(Operation op) {
        MemRefType result = (MemRefType) op.result(0).type();
        long[] offsets = statics(op, "static_offsets"), sizes = statics(op, "static_sizes");
        long[] strides = statics(op, "static_strides");
        if (!interfaceChecks(op, new int[] {1, result.rank(), result.rank()}, offsets, sizes, strides)) return false;
        Type src = op.operand(0).type();
        var srcShaped = (org.jmlir.ir.type.ShapedType) src;
        var srcSpace = src instanceof MemRefType m ? m.memorySpace()
            : ((org.jmlir.ir.type.UnrankedMemRefType) src).memorySpace();
        if (!Objects.equals(srcSpace, result.memorySpace())) {
            return op.emitError("different memory spaces specified for source type " + q(src)
                + " and result memref type " + q(result)).fail();
        }
        if (!srcShaped.elementType().equals(result.elementType())) {
            return op.emitError("different element types specified for source type " + q(src)
                + " and result memref type " + q(result)).fail();
        }
        for (int i = 0; i < result.rank(); i++) {
            long actual = result.shape().get(i);
            if (actual != DYNAMIC && actual != sizes[i]) {
                return op.emitError("expected result type with size = " + staticOrDynamic(sizes[i]) + " instead of "
                    + actual + " in dim = " + i).fail();
            }
        }
        Layouts.Strided s = Layouts.stridesAndOffset(result);
        if (s == null) {
            return op.emitError("expected result type to have strided layout but found " + q(result)).fail();
        }
        if (s.offset() != DYNAMIC && s.offset() != offsets[0]) {
            return op.emitError("expected result type with offset = " + staticOrDynamic(offsets[0]) + " instead of "
                + s.offset()).fail();
        }
        for (int i = 0; i < s.strides().length; i++) {
            long actual = s.strides()[i];
            if (actual != DYNAMIC && actual != strides[i]) {
                return op.emitError("expected result type with stride = " + staticOrDynamic(strides[i])
                    + " instead of " + actual + " in dim = " + i).fail();
            }
        }
        return true;
    }
}
