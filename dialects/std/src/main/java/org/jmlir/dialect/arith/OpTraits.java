package org.jmlir.dialect.arith;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.TypedAttribute;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.UnrankedTensorType;
import org.jmlir.ir.type.VectorType;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Segments;
import org.jmlir.ods.Trait;

/**
 * Upstream's predicate traits (PredOpTrait: AllTypesMatch, TypesMatchWith, ...) and the Elementwise check, with
 * their messages. List them before the other traits of an op: MLIR checks predicate traits with the declared
 * operand and result constraints, before any other trait.
 */
public final class OpTraits {
    private OpTraits() {}

    /** The type of an operand group, result group or typed attribute named {@code name}, or null. */
    public static Type typeOf(Operation op, String name) {
        OpDef def = op.definition();
        if (def.operandIndex(name) >= 0) {
            var v = Segments.operand(op, name);
            return v == null ? null : v.type();
        }
        if (def.resultIndex(name) >= 0) {
            var rs = Segments.results(op, name);
            return rs.isEmpty() ? null : rs.get(0).type();
        }
        Attribute a = op.attr(name);
        return a instanceof TypedAttribute t ? t.type() : null;
    }

    /** A check named as upstream's {@code PredOpTrait} summary, reported as "failed to verify that ...". */
    public static Trait pred(String summary, Predicate<Operation> holds) {
        return new Trait("PredOpTrait<" + summary + ">",
            op -> holds.test(op) || op.emitOpError("failed to verify that " + summary).fail());
    }

    /** {@code AllTypesMatch<[names]>}. */
    public static Trait allTypesMatch(String... names) {
        return pred("all of {" + String.join(", ", names) + "} have same type", op -> {
            Type first = typeOf(op, names[0]);
            for (String n : names) if (first == null || !first.equals(typeOf(op, n))) return false;
            return true;
        });
    }

    /** {@code TypesMatchWith<summary, source, target, transform>}. */
    public static Trait typesMatchWith(String summary, String source, String target, UnaryOperator<Type> transform) {
        return pred(summary, op -> {
            Type s = typeOf(op, source), t = typeOf(op, target);
            return s != null && transform.apply(s).equals(t);
        });
    }

    /**
     * Upstream's SameInputOutputTensorDims of casts: tensor shapes must be equal, not just compatible. Upstream
     * reads the shape of an unranked tensor too, which fails in practice; unranked tensors fail here.
     */
    public static final Trait SAME_INPUT_OUTPUT_TENSOR_DIMS = pred("input and output have the same tensor dimensions",
        op -> {
            Type in = op.operand(0).type(), out = op.result(0).type();
            if (in instanceof UnrankedTensorType || out instanceof UnrankedTensorType) return false;
            return tensorShape(in).equals(tensorShape(out));
        });

    private static List<Long> tensorShape(Type t) {
        return t instanceof RankedTensorType r ? r.shape() : List.of();
    }

    /** MLIR's Elementwise trait with its check (ElementwiseMappable ops). */
    public static final Trait ELEMENTWISE = new Trait(Trait.ELEMENTWISE.name(), OpTraits::verifyElementwise);

    private static boolean isMappable(Type t) {
        return t instanceof VectorType || t instanceof RankedTensorType || t instanceof UnrankedTensorType;
    }

    private static boolean verifyElementwise(Operation op) {
        boolean anyMappable = false; // scalar ops, the common case, need no lists
        for (int i = 0; i < op.numResults() && !anyMappable; i++) anyMappable = isMappable(op.result(i).type());
        for (int i = 0; i < op.numOperands() && !anyMappable; i++) anyMappable = isMappable(op.operand(i).type());
        if (!anyMappable) return true;
        List<Type> results = new ArrayList<>(), operands = new ArrayList<>();
        for (Type t : op.resultTypes()) if (isMappable(t)) results.add(t);
        for (Type t : op.operandTypes()) if (isMappable(t)) operands.add(t);
        if (results.isEmpty() && operands.isEmpty()) return true;
        if (operands.isEmpty()) {
            return op.emitOpError("if a result is non-scalar, then at least one operand must be non-scalar").fail();
        }
        if (results.isEmpty()) {
            return op.emitOpError("if an operand is non-scalar, then there must be at least one non-scalar result")
                .fail();
        }
        if (results.size() != op.numResults()) {
            return op.emitOpError("if an operand is non-scalar, then all results must be non-scalar").fail();
        }
        List<Type> all = new ArrayList<>(operands);
        all.addAll(results);
        Class<?> kind = all.get(0).getClass();
        for (Type t : all) {
            if (t.getClass() != kind || !compatibleShapes((ShapedType) all.get(0), (ShapedType) t)) {
                return op.emitOpError("all non-scalar operands/results must have the same shape and base type").fail();
            }
        }
        return true;
    }

    /** MLIR's verifyCompatibleShape: unranked fits anything, equal ranks with dims equal or dynamic. */
    public static boolean compatibleShapes(ShapedType a, ShapedType b) {
        if (!a.hasRank() || !b.hasRank()) return true;
        if (a.rank() != b.rank()) return false;
        for (int i = 0; i < a.rank(); i++) {
            long x = a.shape().get(i), y = b.shape().get(i);
            if (x != y && x != ShapedType.DYNAMIC && y != ShapedType.DYNAMIC) return false;
        }
        return true;
    }
}
