package org.jmlir.dialect.cf;

import java.util.List;
import org.jmlir.iface.BranchOpInterface;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ods.Segments;

/** BranchOpInterface of cf.br and cf.cond_br: which operands feed which successor's arguments. */
final class CfBranches {
    private CfBranches() {}

    static final BranchOpInterface BR = (op, i) -> new BranchOpInterface.SuccessorOperands(0, op.numOperands());

    static final BranchOpInterface COND_BR = new BranchOpInterface() {
        @Override public SuccessorOperands successorOperands(Operation op, int i) {
            int[] r = Segments.operandRange(op, i == 0 ? 1 : 2);
            return new SuccessorOperands(r[0], r[1]);
        }

        @Override public Block successorForOperands(Operation op, List<Attribute> constants) {
            return constants.get(0) instanceof IntegerAttr c ? op.successor(c.value().signum() != 0 ? 0 : 1) : null;
        }
    };

    /**
     * cf.switch: successor 0 takes the default operands, successor i+1 the i-th case's segment; a constant flag picks
     * its case. Erasing or appending operands keeps both the operand groups and the case segments in step.
     */
    static final BranchOpInterface SWITCH = new BranchOpInterface() {
        @Override public SuccessorOperands successorOperands(Operation op, int i) {
            long[] groups = groups(op);
            if (i == 0) return new SuccessorOperands(1, (int) groups[1]);
            long[] seg = caseSegments(op);
            int start = 1 + (int) groups[1];
            for (int k = 0; k < i - 1; k++) start += (int) seg[k];
            return new SuccessorOperands(start, (int) seg[i - 1]);
        }

        @Override public Block successorForOperands(Operation op, List<Attribute> constants) {
            if (!(constants.get(0) instanceof IntegerAttr flag)) return null;
            int w = flag.type() instanceof org.jmlir.ir.type.IntegerType t ? t.width() : 64;
            java.math.BigInteger v = flag.value().and(java.math.BigInteger.ONE.shiftLeft(w).subtract(java.math.BigInteger.ONE));
            List<java.math.BigInteger> values = SwitchSyntax.values(op);
            for (int k = 0; k < values.size(); k++) if (values.get(k).equals(v)) return op.successor(k + 1);
            return op.successor(0);
        }

        @Override public void eraseSuccessorOperand(Operation op, int i, int argIndex) {
            SuccessorOperands range = successorOperands(op, i);
            List<org.jmlir.ir.Value> operands = new java.util.ArrayList<>(op.operands());
            operands.remove(range.start() + argIndex);
            resize(op, i, -1);
            op.setOperands(operands);
        }

        @Override public void appendSuccessorOperands(Operation op, int i, List<? extends org.jmlir.ir.Value> values) {
            if (values.isEmpty()) return;
            SuccessorOperands range = successorOperands(op, i);
            List<org.jmlir.ir.Value> operands = new java.util.ArrayList<>(op.operands());
            operands.addAll(range.start() + range.length(), values);
            resize(op, i, values.size());
            op.setOperands(operands);
        }

        private static long[] groups(Operation op) {
            return op.attr(org.jmlir.ods.OpDef.OPERAND_SEGMENT_SIZES) instanceof org.jmlir.ir.attr.DenseArrayAttr d
                ? d.ints() : new long[] {1, op.numOperands() - 1, 0};
        }

        private static long[] caseSegments(Operation op) {
            return op.attr("case_operand_segments") instanceof org.jmlir.ir.attr.DenseArrayAttr d ? d.ints()
                : new long[0];
        }

        private static void resize(Operation op, int i, int delta) {
            long[] g = groups(op).clone();
            g[i == 0 ? 1 : 2] += delta;
            op.setAttr(org.jmlir.ods.OpDef.OPERAND_SEGMENT_SIZES, org.jmlir.ir.attr.DenseArrayAttr.i32(g));
            if (i > 0) {
                long[] seg = caseSegments(op).clone();
                seg[i - 1] += delta;
                op.setAttr("case_operand_segments", org.jmlir.ir.attr.DenseArrayAttr.i32(seg));
            }
        }
    };
}
