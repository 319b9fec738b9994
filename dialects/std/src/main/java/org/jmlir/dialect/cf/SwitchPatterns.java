package org.jmlir.dialect.cf;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ods.OpDef;
import org.jmlir.rewrite.Folding;
import org.jmlir.rewrite.PatternRewriter;
import org.jmlir.rewrite.RewritePattern;

/**
 * The canonicalization patterns of cf.switch, as upstream's: a switch with only a default or on a constant becomes
 * a branch, cases that go where the default goes are dropped, edges into blocks that only branch on are
 * short-circuited, and a switch on the flag a dominating switch already decided is folded.
 */
final class SwitchPatterns {
    private SwitchPatterns() {}

    /** The cases of a switch: values (as unsigned bits of the flag's width), destinations and operands. */
    record Cases(List<BigInteger> values, List<Block> dests, List<List<Value>> operands) {
        static Cases of(Operation sw) {
            List<BigInteger> values = SwitchSyntax.values(sw);
            List<Block> dests = new ArrayList<>();
            List<List<Value>> ops = new ArrayList<>();
            for (int i = 1; i < sw.numSuccessors(); i++) {
                dests.add(sw.successor(i));
                ops.add(SwitchSyntax.successorOperands(sw, i));
            }
            return new Cases(values, dests, ops);
        }

        static Cases empty() { return new Cases(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()); }

        void add(BigInteger v, Block d, List<Value> o) {
            values.add(v);
            dests.add(d);
            operands.add(o);
        }
    }

    private static List<Value> defaultOperands(Operation sw) { return SwitchSyntax.successorOperands(sw, 0); }

    private static void replaceWithSwitch(PatternRewriter r, Operation sw, Block dflt, List<Value> dfltOps, Cases c) {
        r.setInsertionPoint(sw);
        Value flag = sw.operand(0);
        OperationState s = r.state("cf.switch", sw.location()).addOperand(flag).addOperands(dfltOps);
        List<Value> caseOps = new ArrayList<>();
        long[] segments = new long[c.dests().size()];
        for (int i = 0; i < segments.length; i++) {
            caseOps.addAll(c.operands().get(i));
            segments[i] = c.operands().get(i).size();
        }
        s.addOperands(caseOps);
        s.addSuccessor(dflt);
        c.dests().forEach(s::addSuccessor);
        if (!c.values().isEmpty()) {
            s.addProperty("case_values", SwitchSyntax.caseValues((IntegerType) flag.type(), c.values()));
        }
        s.addProperty("case_operand_segments", DenseArrayAttr.i32(segments));
        s.addProperty(OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(1, dfltOps.size(), caseOps.size()));
        r.create(s);
        r.eraseOp(sw);
    }

    /** Upstream's foldSwitch: a branch to the case of {@code value}, or to the default. */
    private static void fold(PatternRewriter r, Operation sw, BigInteger value) {
        Cases c = Cases.of(sw);
        for (int i = 0; i < c.values().size(); i++) {
            if (c.values().get(i).equals(value)) {
                CfPatterns.replaceWithBr(r, sw, c.dests().get(i), c.operands().get(i));
                return;
            }
        }
        CfPatterns.replaceWithBr(r, sw, sw.successor(0), defaultOperands(sw));
    }

    private static BigInteger unsigned(IntegerAttr a) {
        int w = a.type() instanceof IntegerType t ? t.width() : 64;
        return a.value().and(BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE));
    }

    static final RewritePattern ONLY_DEFAULT = RewritePattern.of("SimplifySwitchWithOnlyDefault", "cf.switch",
        (op, r) -> {
            if (op.numSuccessors() != 1) return false;
            CfPatterns.replaceWithBr(r, op, op.successor(0), defaultOperands(op));
            return true;
        });

    static final RewritePattern DROP_CASES_MATCHING_DEFAULT = RewritePattern.of("DropSwitchCasesThatMatchDefault",
        "cf.switch", (op, r) -> {
            Cases all = Cases.of(op), kept = Cases.empty();
            List<Value> dflt = defaultOperands(op);
            for (int i = 0; i < all.dests().size(); i++) {
                if (all.dests().get(i) == op.successor(0) && all.operands().get(i).equals(dflt)) continue;
                kept.add(all.values().get(i), all.dests().get(i), all.operands().get(i));
            }
            if (kept.dests().size() == all.dests().size()) return false;
            replaceWithSwitch(r, op, op.successor(0), dflt, kept);
            return true;
        });

    static final RewritePattern CONST_FLAG = RewritePattern.of("SimplifyConstSwitchValue", "cf.switch", (op, r) -> {
        if (!(Folding.constantValue(op.operand(0)) instanceof IntegerAttr flag)) return false;
        fold(r, op, unsigned(flag));
        return true;
    });

    static final RewritePattern PASS_THROUGH = RewritePattern.of("SimplifyPassThroughSwitch", "cf.switch", (op, r) -> {
        Cases all = Cases.of(op), out = Cases.empty();
        boolean changed = false;
        for (int i = 0; i < all.dests().size(); i++) {
            CfPatterns.Edge e = CfPatterns.collapse(new CfPatterns.Edge(all.dests().get(i), all.operands().get(i)));
            changed |= e != null;
            if (e == null) e = new CfPatterns.Edge(all.dests().get(i), all.operands().get(i));
            out.add(all.values().get(i), e.dest(), e.operands());
        }
        CfPatterns.Edge d = CfPatterns.collapse(new CfPatterns.Edge(op.successor(0), defaultOperands(op)));
        changed |= d != null;
        if (d == null) d = new CfPatterns.Edge(op.successor(0), defaultOperands(op));
        if (!changed) return false;
        replaceWithSwitch(r, op, d.dest(), d.operands(), out);
        return true;
    });

    /** The switch that is the sole way into this op's block, when it switches on the same flag; else null. */
    private static Operation predecessorSwitchOnSameFlag(Operation op) {
        Block pred = CfPatterns.singlePredecessor(op.block());
        if (pred == null) return null;
        Operation t = pred.lastOp();
        return t != null && t.name().equals("cf.switch") && t.operand(0) == op.operand(0) ? t : null;
    }

    static final RewritePattern FROM_SWITCH_ON_SAME_FLAG = RewritePattern.of(
        "SimplifySwitchFromSwitchOnSameCondition", "cf.switch", (op, r) -> {
            Operation pred = predecessorSwitchOnSameFlag(op);
            if (pred == null || pred.successor(0) == op.block()) return false;
            Cases p = Cases.of(pred);
            int at = p.dests().indexOf(op.block());
            if (at >= 0) fold(r, op, p.values().get(at));
            else CfPatterns.replaceWithBr(r, op, op.successor(0), defaultOperands(op));
            return true;
        });

    static final RewritePattern FROM_DEFAULT_OF_SWITCH_ON_SAME_FLAG = RewritePattern.of(
        "SimplifySwitchFromDefaultSwitchOnSameCondition", "cf.switch", (op, r) -> {
            Operation pred = predecessorSwitchOnSameFlag(op);
            if (pred == null || pred.successor(0) != op.block()) return false;
            Cases p = Cases.of(pred);
            Set<BigInteger> impossible = new HashSet<>();
            for (int i = 0; i < p.dests().size(); i++) if (p.dests().get(i) != op.block()) impossible.add(p.values().get(i));
            Cases all = Cases.of(op), kept = Cases.empty();
            for (int i = 0; i < all.dests().size(); i++) {
                if (!impossible.contains(all.values().get(i))) {
                    kept.add(all.values().get(i), all.dests().get(i), all.operands().get(i));
                }
            }
            if (kept.dests().size() == all.dests().size()) return false;
            replaceWithSwitch(r, op, op.successor(0), defaultOperands(op), kept);
            return true;
        });
}
