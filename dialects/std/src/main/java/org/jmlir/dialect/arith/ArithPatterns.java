package org.jmlir.dialect.arith;

import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.rewrite.Folding;
import org.jmlir.rewrite.RewritePattern;

/** Canonicalization patterns of arith ops (MLIR's ArithCanonicalization), those implemented so far. */
final class ArithPatterns {
    private ArithPatterns() {}

    /**
     * {@code addi(addi(x, c0), c1) -> addi(x, c0 + c1)}, keeping only the overflow flags both adds had (MLIR's
     * AddIAddConstant).
     */
    static final RewritePattern ADDI_ADD_CONSTANT = RewritePattern.of("AddIAddConstant", "arith.addi", (op, rw) -> {
        Operation inner = op.operand(0).definingOp();
        if (inner == null || !inner.name().equals("arith.addi")) return false;
        Attribute c1 = Folding.constantValue(op.operand(1)), c0 = Folding.constantValue(inner.operand(1));
        int w = ArithFolders.width(op.result(0).type());
        if (w == 0 || !(c0 instanceof IntegerAttr a) || !(c1 instanceof IntegerAttr b)) return false;
        IntegerAttr sum = new IntegerAttr(op.result(0).type(), ArithFolders.normalize(a.value().add(b.value()), w));
        rw.setInsertionPoint(op);
        Operation cst = rw.create(rw.state("arith.constant", op.location()).addProperty("value", sum)
            .addType(sum.type()));
        Value x = inner.operand(0);
        Attribute flags = mergeOverflow(op.attr("overflowFlags"), inner.attr("overflowFlags"));
        Operation add = rw.create(rw.state("arith.addi", op.location()).addOperand(x).addOperand(cst.result(0))
            .addProperty("overflowFlags", flags).addType(op.result(0).type()));
        rw.replaceOp(op, add);
        return true;
    });

    private static Attribute mergeOverflow(Attribute a, Attribute b) {
        if (a instanceof OverflowAttr x && b instanceof OverflowAttr y) return new OverflowAttr(x.flags() & y.flags());
        return OverflowAttr.NONE;
    }

}
