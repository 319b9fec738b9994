package org.jmlir.dialect.cf;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Segments;
import org.jmlir.rewrite.Folding;
import org.jmlir.rewrite.PatternRewriter;
import org.jmlir.rewrite.RewritePattern;

/**
 * The canonicalization patterns of cf.br, cf.cond_br and cf.assert, as upstream's: branches into blocks that only
 * branch on are short-circuited, a branch to a block with no other predecessor merges the blocks, constant and
 * repeated conditions become unconditional branches, two edges into one block become one edge with selects, and a
 * condition's uses in a successor reached only when it holds become constants.
 */
final class CfPatterns {
    private CfPatterns() {}

    // ---- building branches

    static Operation br(PatternRewriter r, Location loc, Block dest, List<? extends Value> operands) {
        OperationState s = r.state("cf.br", loc).addOperands(operands);
        s.addSuccessor(dest);
        return r.create(s);
    }

    static Operation condBr(PatternRewriter r, Location loc, Value cond, Block t, List<? extends Value> tOps, Block f,
                            List<? extends Value> fOps, Attribute weights) {
        OperationState s = r.state("cf.cond_br", loc).addOperand(cond).addOperands(tOps).addOperands(fOps);
        s.addProperty(OpDef.OPERAND_SEGMENT_SIZES, DenseArrayAttr.i32(1, tOps.size(), fOps.size()));
        if (weights != null) s.addProperty("branch_weights", weights);
        s.addSuccessor(t);
        s.addSuccessor(f);
        return r.create(s);
    }

    static void replaceWithBr(PatternRewriter r, Operation op, Block dest, List<? extends Value> operands) {
        r.setInsertionPoint(op);
        br(r, op.location(), dest, operands);
        r.eraseOp(op);
    }

    static List<Value> trueOperands(Operation condBr) { return Segments.operands(condBr, "trueDestOperands"); }

    static List<Value> falseOperands(Operation condBr) { return Segments.operands(condBr, "falseDestOperands"); }

    /** The block's only predecessor edge's block, or null (two edges from one block count as two). */
    static Block singlePredecessor(Block b) {
        var use = b.firstUse();
        return use != null && use.nextUse() == null ? use.owner().block() : null;
    }

    /** The block all predecessor edges come from, or null when there are none or several blocks. */
    static Block uniquePredecessor(Block b) {
        Block only = null;
        for (var u = b.firstUse(); u != null; u = u.nextUse()) {
            Block p = u.owner().block();
            if (only != null && only != p) return null;
            only = p;
        }
        return only;
    }

    /** A successor and the values passed to it. */
    record Edge(Block dest, List<Value> operands) {}

    /**
     * Upstream's collapseBranch: when {@code e} leads to a block holding nothing but a cf.br whose arguments are used
     * only by that branch, the edge can go straight to where that branch goes. Null when it cannot.
     */
    static Edge collapse(Edge e) {
        Block succ = e.dest();
        Operation term = succ.firstOp();
        if (term == null || term != succ.lastOp() || !term.name().equals("cf.br")) return null;
        for (BlockArgument a : succ.arguments()) {
            for (var u = a.firstUse(); u != null; u = u.nextUse()) if (u.owner() != term) return null;
        }
        Block next = term.successor(0);
        if (next == succ || inBranchCycle(succ, next)) return null; // infinite loops stay as they are
        List<Value> ops = new ArrayList<>(term.numOperands());
        for (Value v : term.operands()) {
            ops.add(v instanceof BlockArgument a && a.owner() == succ ? e.operands().get(a.index()) : v);
        }
        return new Edge(next, ops);
    }

    /**
     * Whether following cf.br terminators from {@code target} comes back to a block already seen (starting with
     * {@code hop} and {@code target}): edges collapsed into such a cycle would be collapsed round it forever, which
     * mlir-opt 22 avoids too (it leaves {@code ^a: br ^b; ^b: br ^a} alone).
     */
    private static boolean inBranchCycle(Block hop, Block target) {
        java.util.Set<Block> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        seen.add(hop);
        seen.add(target);
        for (Operation br = target.lastOp(); br != null && br.name().equals("cf.br"); ) {
            Block next = br.successor(0);
            if (!seen.add(next)) return true;
            br = next.lastOp();
        }
        return false;
    }

    private static boolean isConstantTrue(Value v) {
        return Folding.constantValue(v) instanceof IntegerAttr i && i.value().signum() != 0;
    }

    // ---- cf.br

    static final RewritePattern BR_TO_BLOCK_WITH_SINGLE_PRED = RewritePattern.of("SimplifyBrToBlockWithSinglePred",
        "cf.br", (op, r) -> {
            Block dest = op.successor(0), here = op.block();
            if (dest == here || singlePredecessor(dest) != here) return false;
            List<Value> args = op.operands();
            r.eraseOp(op);
            r.mergeBlocks(dest, here, args);
            return true;
        });

    static final RewritePattern PASS_THROUGH_BR = RewritePattern.of("SimplifyPassThroughBr", "cf.br", (op, r) -> {
        Edge e = collapse(new Edge(op.successor(0), op.operands()));
        if (e == null) return false;
        replaceWithBr(r, op, e.dest(), e.operands());
        return true;
    });

    // ---- cf.cond_br

    static final RewritePattern CONST_COND_BRANCH = RewritePattern.of("SimplifyConstCondBranchPred", "cf.cond_br",
        (op, r) -> {
            if (!(Folding.constantValue(op.operand(0)) instanceof IntegerAttr c)) return false;
            boolean taken = c.value().signum() != 0;
            replaceWithBr(r, op, op.successor(taken ? 0 : 1), taken ? trueOperands(op) : falseOperands(op));
            return true;
        });

    static final RewritePattern PASS_THROUGH_COND_BRANCH = RewritePattern.of("SimplifyPassThroughCondBranch",
        "cf.cond_br", (op, r) -> {
            Edge t = new Edge(op.successor(0), trueOperands(op)), f = new Edge(op.successor(1), falseOperands(op));
            Edge ct = collapse(t), cf = collapse(f);
            if (ct == null && cf == null) return false;
            if (ct != null) t = ct;
            if (cf != null) f = cf;
            r.setInsertionPoint(op);
            condBr(r, op.location(), op.operand(0), t.dest(), t.operands(), f.dest(), f.operands(),
                op.attr("branch_weights"));
            r.eraseOp(op);
            return true;
        });

    static final RewritePattern COND_BRANCH_IDENTICAL_SUCCESSORS = RewritePattern.of(
        "SimplifyCondBranchIdenticalSuccessors", "cf.cond_br", (op, r) -> {
            Block dest = op.successor(0);
            if (dest != op.successor(1)) return false;
            List<Value> t = trueOperands(op), f = falseOperands(op);
            if (t.equals(f)) {
                replaceWithBr(r, op, dest, t);
                return true;
            }
            if (uniquePredecessor(dest) != op.block()) return false;
            r.setInsertionPoint(op);
            List<Value> merged = new ArrayList<>(t.size());
            for (int i = 0; i < t.size(); i++) {
                merged.add(t.get(i) == f.get(i) ? t.get(i) : r.create("arith.select", op.location(),
                    List.of(op.operand(0), t.get(i), f.get(i)), List.of(t.get(i).type())).result(0));
            }
            br(r, op.location(), dest, merged);
            r.eraseOp(op);
            return true;
        });

    static final RewritePattern COND_BRANCH_FROM_SAME_CONDITION = RewritePattern.of(
        "SimplifyCondBranchFromCondBranchOnSameCondition", "cf.cond_br", (op, r) -> {
            Block here = op.block();
            Block pred = singlePredecessor(here);
            if (pred == null) return false;
            Operation predBranch = pred.lastOp();
            if (predBranch == null || !predBranch.name().equals("cf.cond_br")
                || predBranch.operand(0) != op.operand(0)) {
                return false;
            }
            boolean onTrue = predBranch.successor(0) == here;
            replaceWithBr(r, op, op.successor(onTrue ? 0 : 1), onTrue ? trueOperands(op) : falseOperands(op));
            return true;
        });

    static final RewritePattern COND_BRANCH_TRUTH_PROPAGATION = RewritePattern.of("CondBranchTruthPropagation",
        "cf.cond_br", (op, r) -> {
            boolean replaced = false;
            Value cond = op.operand(0);
            for (int side = 0; side < 2; side++) {
                Block dest = op.successor(side);
                if (singlePredecessor(dest) == null) continue;
                Value constant = null;
                List<org.jmlir.ir.OpOperand> uses = new ArrayList<>();
                for (var u = cond.firstUse(); u != null; u = u.nextUse()) if (u.owner().block() == dest) uses.add(u);
                for (var u : uses) {
                    if (constant == null) {
                        r.setInsertionPoint(op);
                        constant = r.create("arith.constant", op.location(), List.of(), List.of(IntegerType.I1),
                            "value", new IntegerAttr(IntegerType.I1,
                                side == 0 ? java.math.BigInteger.ONE : java.math.BigInteger.ZERO)).result(0);
                    }
                    Value c = constant;
                    r.modifyOpInPlace(u.owner(), () -> u.set(c));
                    replaced = true;
                }
            }
            return replaced;
        });

    // ---- cf.assert

    static final RewritePattern ASSERT_TRUE = RewritePattern.of("EraseAssertTrue", "cf.assert", (op, r) -> {
        if (!isConstantTrue(op.operand(0))) return false;
        r.eraseOp(op);
        return true;
    });
}
