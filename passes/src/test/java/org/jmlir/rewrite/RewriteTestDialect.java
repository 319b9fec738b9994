package org.jmlir.rewrite;

import java.util.List;
import org.jmlir.ir.Builder;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;
import org.jmlir.iface.BranchOpInterface;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.Segments;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;

/**
 * A dialect for rewrite-driver tests (generic syntax only): {@code rt.const} (constant-like, folds to its value),
 * {@code rt.add} (commutative, folds two integer constants, and {@code x + 0} to {@code x}), {@code rt.neg} (no
 * folder; {@code neg(neg(x))} is a canonicalization pattern), {@code rt.sink} (unknown effects), {@code rt.wrap}
 * (one region, not isolated; unknown effects), {@code rt.isolated} (an isolated region),
 * {@code rt.br}/{@code rt.cond_br} (branches with BranchOpInterface; cond_br has operand segments).
 */
public final class RewriteTestDialect extends Dialect {
    public static final RewritePattern NEG_NEG = RewritePattern.of("NegNeg", "rt.neg", (op, rw) -> {
        Operation inner = op.operand(0).definingOp();
        if (inner == null || !inner.name().equals("rt.neg")) return false;
        rw.replaceOp(op, List.of(inner.operand(0)));
        return true;
    });

    @Override public String namespace() { return "rt"; }

    @Override public List<OpDef> operations() {
        return List.of(
            OpDef.builder("rt.const").attr("value", Constraints.ANY_ATTR).result("r", Constraints.ANY)
                .traits(Trait.CONSTANT_LIKE, Trait.PURE)
                .folder((op, c) -> List.of(OpFoldResult.of(op.attr("value"))))
                .build(),
            OpDef.builder("rt.add").operand("lhs", Constraints.ANY).operand("rhs", Constraints.ANY)
                .result("r", Constraints.ANY).traits(Trait.COMMUTATIVE, Trait.PURE)
                .folder(RewriteTestDialect::foldAdd)
                .build(),
            OpDef.builder("rt.neg").operand("x", Constraints.ANY).result("r", Constraints.ANY)
                .traits(Trait.PURE).canonicalization(NEG_NEG)
                .build(),
            OpDef.builder("rt.sink").variadicOperand("args", Constraints.ANY).build(),
            OpDef.builder("rt.wrap").region("body").traits(Trait.NO_TERMINATOR).build(),
            OpDef.builder("rt.br").variadicOperand("args", Constraints.ANY).successor("dest")
                .traits(Trait.TERMINATOR, Trait.PURE)
                .implement(BranchOpInterface.class, (op, i) -> new BranchOpInterface.SuccessorOperands(0,
                    op.numOperands()))
                .build(),
            OpDef.builder("rt.cond_br").operand("cond", Constraints.ANY).variadicOperand("trueArgs", Constraints.ANY)
                .variadicOperand("falseArgs", Constraints.ANY).successor("trueDest").successor("falseDest")
                .traits(Trait.TERMINATOR, Trait.PURE)
                .implement(BranchOpInterface.class, (op, i) -> {
                    int[] r = Segments.operandRange(op, i + 1);
                    return new BranchOpInterface.SuccessorOperands(r[0], r[1]);
                })
                .build(),
            OpDef.builder("rt.isolated").region("body").traits(Trait.ISOLATED_FROM_ABOVE, Trait.NO_TERMINATOR).build());
    }

    private static List<OpFoldResult> foldAdd(Operation op, List<Attribute> c) {
        if (c.get(0) instanceof IntegerAttr a && c.get(1) instanceof IntegerAttr b) {
            return List.of(OpFoldResult.of(new IntegerAttr(a.type(), a.value().add(b.value()))));
        }
        if (c.get(1) instanceof IntegerAttr b && b.value().signum() == 0) return List.of(OpFoldResult.of(op.operand(0)));
        return null;
    }

    @Override public Operation materializeConstant(Builder b, Attribute value, Type type, Location loc) {
        if (!(value instanceof IntegerAttr)) return null;
        return b.create("rt.const", loc, List.of(), List.of(type), "value", value);
    }

    static IntegerAttr i32(long v) { return IntegerAttr.of(org.jmlir.ir.type.IntegerType.I32, v); }
}
