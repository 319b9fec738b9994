package org.jmlir.dialect.memref;

import static org.jmlir.ir.type.ShapedType.DYNAMIC;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.AsmText;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.ArrayAttr;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.MemRefType;
import org.jmlir.ir.type.Type;

/**
 * expand_shape and collapse_shape: the reassociation groups map each collapsed dim to a contiguous run of expanded
 * dims; the result layout is computed from the source's strides as upstream computes it.
 */
final class ReshapeVerifier {
    private ReshapeVerifier() {}

    private static String q(Type t) { return "'" + AsmText.of(t) + "'"; }

    static List<long[]> groups(Operation op) {
        List<long[]> out = new ArrayList<>();
        if (!(op.attr("reassociation") instanceof ArrayAttr outer)) return out;
        for (Attribute g : outer.elements()) {
            ArrayAttr inner = (ArrayAttr) g;
            long[] idx = new long[inner.size()];
            for (int i = 0; i < idx.length; i++) idx[i] = ((IntegerAttr) inner.get(i)).longValue();
            out.add(idx);
        }
        return out;
    }

    /** MLIR's verifyCollapsedShape (multiple dynamic dims per group allowed). */
    private static boolean collapsedShape(Operation op, List<Long> collapsed, List<Long> expanded, List<long[]> groups) {
        if (collapsed.size() != groups.size()) {
            return op.emitOpError("invalid number of reassociation groups: found " + groups.size() + ", expected "
                + collapsed.size()).fail();
        }
        int next = 0;
        for (int c = 0; c < groups.size(); c++) {
            boolean dynamic = false;
            for (long d : groups.get(c)) {
                if (d != next++) return op.emitOpError("reassociation indices must be contiguous").fail();
                if (d >= expanded.size()) return op.emitOpError("reassociation index " + d + " is out of bounds").fail();
                if (expanded.get((int) d) == DYNAMIC) dynamic = true;
            }
            if ((collapsed.get(c) == DYNAMIC) != dynamic) {
                return op.emitOpError("collapsed dim (" + c + ") must be dynamic if and only if reassociation group is "
                    + "dynamic").fail();
            }
            if (!dynamic) {
                long size = 1;
                for (long d : groups.get(c)) size *= expanded.get((int) d);
                if (size != collapsed.get(c)) {
                    return op.emitOpError("collapsed dim size (" + collapsed.get(c)
                        + ") must equal reassociation group size (" + size + ")").fail();
                }
            }
        }
        if (collapsed.isEmpty()) {
            for (long d : expanded) {
                if (d != 1) return op.emitOpError("rank 0 memrefs can only be extended/collapsed with/from ones").fail();
            }
        } else if (next != expanded.size()) {
            return op.emitOpError("expanded rank (" + expanded.size() + ") inconsistent with number of reassociation "
                + "indices (" + next + ")").fail();
        }
        return true;
    }

    static boolean expand(Operation op) {
        MemRefType src = (MemRefType) op.operand(0).type(), result = (MemRefType) op.result(0).type();
        if (src.rank() > result.rank()) {
            return op.emitOpError("has source rank " + src.rank() + " and result rank " + result.rank()
                + ". This is not an expansion (" + src.rank() + " > " + result.rank() + ").").fail();
        }
        List<long[]> groups = groups(op);
        if (!collapsedShape(op, src.shape(), result.shape(), groups)) return false;
        MemRefType expected;
        if (Layouts.isIdentity(src)) {
            expected = Layouts.withLayout(src, result.shape(), null);
        } else {
            Layouts.Strided s = Layouts.stridesAndOffset(src);
            if (s == null) return op.emitOpError("invalid source layout map").fail();
            long[] strides = new long[result.rank()];
            for (int g = 0; g < groups.size(); g++) {
                long stride = s.strides()[g];
                long[] group = groups.get(g);
                for (int k = group.length - 1; k >= 0; k--) {
                    strides[(int) group[k]] = stride;
                    if (stride != DYNAMIC) stride = Layouts.mul(stride, result.shape().get((int) group[k]));
                }
            }
            expected = Layouts.withLayout(src, result.shape(), Layouts.strided(s.offset(), strides));
        }
        if (!expected.equals(result)) {
            return op.emitOpError("expected expanded type to be " + q(expected) + " but found " + q(result)).fail();
        }
        long[] staticShape = op.attr("static_output_shape") instanceof DenseArrayAttr a ? a.ints() : new long[0];
        if (staticShape.length != result.rank()) {
            return op.emitOpError("expected number of static shape bounds to be equal to the output rank ("
                + result.rank() + ") but found " + staticShape.length + " inputs instead").fail();
        }
        long dynamic = java.util.Arrays.stream(staticShape).filter(d -> d == DYNAMIC).count();
        if (op.numOperands() - 1 != dynamic) {
            return op.emitOpError("mismatch in dynamic dims in output_shape and static_output_shape: "
                + "static_output_shape has " + dynamic + " dynamic dims while output_shape has "
                + (op.numOperands() - 1) + " values").fail();
        }
        for (int i = 0; i < result.rank(); i++) {
            long d = result.shape().get(i);
            if (d != DYNAMIC && d != staticShape[i]) {
                return op.emitOpError("invalid output shape provided at pos " + i).fail();
            }
        }
        return true;
    }

    static boolean collapse(Operation op) {
        MemRefType src = (MemRefType) op.operand(0).type(), result = (MemRefType) op.result(0).type();
        if (src.rank() < result.rank()) {
            return op.emitOpError("has source rank " + src.rank() + " and result rank " + result.rank()
                + ". This is not a collapse (" + src.rank() + " < " + result.rank() + ").").fail();
        }
        List<long[]> groups = groups(op);
        if (!collapsedShape(op, result.shape(), src.shape(), groups)) return false;
        MemRefType expected;
        if (Layouts.isIdentity(src)) {
            expected = Layouts.withLayout(src, result.shape(), null);
        } else {
            long[] strides = collapsedStrides(src, groups);
            if (strides == null) {
                return op.emitOpError("invalid source layout map or collapsing non-contiguous dims").fail();
            }
            expected = Layouts.withLayout(src, result.shape(),
                Layouts.strided(Layouts.stridesAndOffset(src).offset(), strides));
        }
        if (!expected.equals(result)) {
            return op.emitOpError("expected collapsed type to be " + q(expected) + " but found " + q(result)).fail();
        }
        return true;
    }

    /**
     * Each group takes the stride of its last non-unit dim (dynamic if that dim is dynamic); groups whose dims are
     * provably not contiguous are rejected (null). Unknown strides are accepted, as upstream does when verifying.
     */
    private static long[] collapsedStrides(MemRefType src, List<long[]> groups) {
        Layouts.Strided s = Layouts.stridesAndOffset(src);
        if (s == null) return null;
        List<Long> shape = src.shape();
        long[] out = new long[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            long[] group = groups.get(g);
            int end = group.length - 1;
            while (end > 0 && shape.get((int) group[end]) == 1) end--;
            int last = (int) group[end];
            out[g] = shape.get(last) != DYNAMIC || end == 0 ? s.strides()[last] : DYNAMIC;
        }
        for (int g = groups.size() - 1; g >= 0; g--) {
            long[] group = groups.get(g);
            long stride = out[g];
            for (int k = group.length - 1; k >= 1; k--) {
                int idx = (int) group[k];
                stride = Layouts.mul(stride, shape.get(idx));
                long srcStride = s.strides()[idx - 1];
                if (shape.get(idx - 1) == 1) continue;
                if (stride != DYNAMIC && srcStride != DYNAMIC && stride != srcStride) return null;
            }
        }
        return out;
    }
}
