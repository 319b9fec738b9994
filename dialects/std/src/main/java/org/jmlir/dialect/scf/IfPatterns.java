package org.jmlir.dialect.scf;

import static org.jmlir.dialect.scf.ScfRewrites.createIf;
import static org.jmlir.dialect.scf.ScfRewrites.replaceOpWithRegion;
import static org.jmlir.dialect.scf.ScfRewrites.replaceYield;
import static org.jmlir.dialect.scf.ScfRewrites.terminator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.OpOperand;
import org.jmlir.ir.OpResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;
import org.jmlir.rewrite.Folding;
import org.jmlir.rewrite.PatternRewriter;
import org.jmlir.rewrite.RewritePattern;

/**
 * scf.if's canonicalization patterns, in upstream's order: adjacent ifs on one condition combine, nested ifs with
 * nothing else in them combine, the condition's uses inside become constants, ifs yielding values defined outside
 * become selects, empty else regions go, constant conditions pick a region, unused results go, and results that are
 * the condition (or its negation, or one value on both sides) are replaced.
 */
final class IfPatterns {
    private IfPatterns() {}

    private static final IntegerAttr TRUE = new IntegerAttr(IntegerType.I1, BigInteger.ONE);
    private static final IntegerAttr FALSE = new IntegerAttr(IntegerType.I1, BigInteger.ZERO);

    private static Value i1(PatternRewriter r, Operation at, boolean v) {
        return r.create("arith.constant", at.location(), List.of(), List.of(IntegerType.I1), "value",
            v ? TRUE : FALSE).result(0);
    }

    private static boolean hasElse(Operation ifOp) { return !ifOp.region(1).isEmpty(); }

    /** {@code v} is {@code xori(x, 1)}: x, else null. */
    private static Value negated(Value v) {
        Operation d = v.definingOp();
        if (d == null || !d.name().equals("arith.xori")) return null;
        return Folding.constantValue(d.operand(1)) instanceof IntegerAttr one && one.value().testBit(0) ? d.operand(0)
            : null;
    }

    static final RewritePattern REMOVE_STATIC_CONDITION = RewritePattern.of("RemoveStaticCondition", "scf.if",
        (op, r) -> {
            if (!(Folding.constantValue(op.operand(0)) instanceof IntegerAttr c)) return false;
            if (c.value().signum() != 0) replaceOpWithRegion(r, op, op.region(0), List.of());
            else if (hasElse(op)) replaceOpWithRegion(r, op, op.region(1), List.of());
            else r.eraseOp(op);
            return true;
        });

    static final RewritePattern REMOVE_UNUSED_RESULTS = RewritePattern.of("RemoveUnusedResults", "scf.if",
        (op, r) -> {
            List<OpResult> used = new ArrayList<>();
            for (OpResult res : op.results()) if (res.hasUses()) used.add(res);
            if (used.size() == op.numResults()) return false;
            List<Type> types = new ArrayList<>();
            for (OpResult res : used) types.add(res.type());
            r.setInsertionPoint(op);
            Operation n = createIf(r, op.location(), types, op.operand(0), true);
            for (int side = 0; side < 2; side++) {
                Block src = op.region(side).entryBlock(), dst = n.region(side).entryBlock();
                r.mergeBlocks(src, dst, List.of());
                Operation y = dst.lastOp();
                List<Value> kept = new ArrayList<>();
                for (OpResult res : used) kept.add(y.operand(res.index()));
                r.modifyOpInPlace(y, () -> y.setOperands(kept));
            }
            List<Value> replacement = new ArrayList<>();
            for (int i = 0, k = 0; i < op.numResults(); i++) {
                replacement.add(op.result(i).hasUses() ? n.result(k++) : null);
            }
            r.replaceOp(op, replacement);
            return true;
        });

    static final RewritePattern CONVERT_TRIVIAL_IF_TO_SELECT = RewritePattern.of("ConvertTrivialIfToSelect", "scf.if",
        (op, r) -> {
            if (op.numResults() == 0) return false;
            Value cond = op.operand(0);
            List<Value> thenVals = terminator(op.region(0)).operands(), elseVals = terminator(op.region(1)).operands();
            List<Type> kept = new ArrayList<>();
            for (int i = 0; i < thenVals.size(); i++) {
                if (thenVals.get(i).parentRegion() == op.region(0) || elseVals.get(i).parentRegion() == op.region(1)) {
                    kept.add(thenVals.get(i).type());
                }
            }
            if (kept.size() == op.numResults()) return false;
            r.setInsertionPoint(op);
            Operation n = createIf(r, op.location(), kept, cond, false);
            n.region(0).dropAllBlocks();
            n.region(0).takeBody(op.region(0));
            n.region(1).takeBody(op.region(1));
            List<Value> results = new ArrayList<>(), trueYields = new ArrayList<>(), falseYields = new ArrayList<>();
            r.setInsertionPoint(n);
            for (int i = 0; i < thenVals.size(); i++) {
                Value t = thenVals.get(i), f = elseVals.get(i);
                if (t.parentRegion() == n.region(0) || f.parentRegion() == n.region(1)) {
                    results.add(n.result(trueYields.size()));
                    trueYields.add(t);
                    falseYields.add(f);
                } else if (t == f) {
                    results.add(t);
                } else {
                    results.add(r.create("arith.select", op.location(), List.of(cond, t, f), List.of(t.type()))
                        .result(0));
                }
            }
            replaceYield(r, terminator(n.region(0)), trueYields);
            replaceYield(r, terminator(n.region(1)), falseYields);
            r.replaceOp(op, results);
            return true;
        });

    static final RewritePattern REMOVE_EMPTY_ELSE_BRANCH = RewritePattern.of("RemoveEmptyElseBranch", "scf.if",
        (op, r) -> {
            if (op.numResults() != 0 || !hasElse(op)) return false;
            Block elseBlock = op.region(1).entryBlock();
            if (elseBlock.firstOp() != elseBlock.lastOp()) return false;
            r.modifyOpInPlace(op, () -> op.region(1).dropAllBlocks());
            return true;
        });

    static final RewritePattern CONDITION_PROPAGATION = RewritePattern.of("ConditionPropagation", "scf.if",
        (op, r) -> {
            Value cond = op.operand(0);
            if (Folding.constantValue(cond) != null) return false;
            List<OpOperand> uses = new ArrayList<>();
            for (OpOperand u = cond.firstUse(); u != null; u = u.nextUse()) uses.add(u);
            Value t = null, f = null;
            boolean changed = false;
            r.setInsertionPoint(op);
            for (OpOperand u : uses) {
                Region where = u.owner().parentRegion();
                if (op.region(0).isAncestorOf(where)) {
                    if (t == null) t = i1(r, op, true);
                    Value c = t;
                    r.modifyOpInPlace(u.owner(), () -> u.set(c));
                    changed = true;
                } else if (op.region(1).isAncestorOf(where)) {
                    if (f == null) f = i1(r, op, false);
                    Value c = f;
                    r.modifyOpInPlace(u.owner(), () -> u.set(c));
                    changed = true;
                }
            }
            return changed;
        });

    static final RewritePattern REPLACE_YIELD_WITH_CONDITION_OR_VALUE = RewritePattern.of(
        "ReplaceIfYieldWithConditionOrValue", "scf.if", (op, r) -> {
            if (op.numResults() == 0) return false;
            List<Value> t = terminator(op.region(0)).operands(), f = terminator(op.region(1)).operands();
            r.setInsertionPoint(op);
            boolean changed = false;
            for (int i = 0; i < op.numResults(); i++) {
                OpResult res = op.result(i);
                if (t.get(i) == f.get(i)) {
                    if (res.hasUses()) {
                        r.replaceAllUsesWith(res, t.get(i));
                        changed = true;
                    }
                    continue;
                }
                Boolean tv = boolConstant(t.get(i)), fv = boolConstant(f.get(i));
                if (tv == null || fv == null) continue;
                if (!tv && fv && res.hasUses()) {
                    Value one = i1(r, op, true);
                    Value not = r.create("arith.xori", op.location(), List.of(op.operand(0), one),
                        List.of(IntegerType.I1)).result(0);
                    r.replaceAllUsesWith(res, not);
                    changed = true;
                }
                if (tv && !fv && res.hasUses()) {
                    r.replaceAllUsesWith(res, op.operand(0));
                    changed = true;
                }
            }
            return changed;
        });

    private static Boolean boolConstant(Value v) {
        Attribute a = Folding.constantValue(v);
        return a instanceof IntegerAttr i && i.type() == IntegerType.I1 ? i.value().signum() != 0 : null;
    }

    static final RewritePattern COMBINE_NESTED_IFS = RewritePattern.of("CombineNestedIfs", "scf.if", (op, r) -> {
        Block thenBlock = op.region(0).entryBlock();
        Operation nested = thenBlock.firstOp();
        if (nested == null || nested.next() != thenBlock.lastOp() || !nested.name().equals("scf.if")) return false;
        if (hasElse(op) && op.region(1).entryBlock().firstOp() != op.region(1).entryBlock().lastOp()) return false;
        if (hasElse(nested)
            && nested.region(1).entryBlock().firstOp() != nested.region(1).entryBlock().lastOp()) {
            return false;
        }
        List<Value> thenYield = new ArrayList<>(terminator(op.region(0)).operands());
        List<Value> elseYield = hasElse(op) ? new ArrayList<>(terminator(op.region(1)).operands()) : List.of();
        List<Integer> toSelect = new ArrayList<>();
        for (int i = 0; i < thenYield.size(); i++) {
            Value v = thenYield.get(i);
            if (v.definingOp() == nested) {
                int idx = ((OpResult) v).index();
                if (terminator(nested.region(1)).operand(idx) != elseYield.get(i)) return false;
                thenYield.set(i, terminator(nested.region(0)).operand(idx));
                continue;
            }
            if (v.parentRegion() == op.region(0)) return false;
            toSelect.add(i);
        }
        r.setInsertionPoint(op);
        Value cond = r.create("arith.andi", op.location(), List.of(op.operand(0), nested.operand(0)),
            List.of(IntegerType.I1)).result(0);
        Operation n = createIf(r, op.location(), op.resultTypes(), cond, !elseYield.isEmpty());
        List<Value> results = new ArrayList<>(n.results());
        r.setInsertionPoint(n);
        for (int idx : toSelect) {
            results.set(idx, r.create("arith.select", op.location(),
                List.of(op.operand(0), thenYield.get(idx), elseYield.get(idx)), List.of(thenYield.get(idx).type()))
                .result(0));
        }
        Block newThen = n.region(0).entryBlock();
        r.mergeBlocks(nested.region(0).entryBlock(), newThen, List.of());
        replaceYield(r, newThen.lastOp(), thenYield);
        if (!elseYield.isEmpty()) {
            r.setInsertionPointToEnd(n.region(1).entryBlock());
            ScfRewrites.createYield(r, op.location(), elseYield);
        }
        r.replaceOp(op, results);
        return true;
    });

    static final RewritePattern COMBINE_IFS = RewritePattern.of("CombineIfs", "scf.if", (next, r) -> {
        Operation prev = next.prev();
        if (prev == null || !prev.name().equals("scf.if")) return false;
        Block nextThen = null, nextElse = null;
        if (next.operand(0) == prev.operand(0)) {
            nextThen = next.region(0).entryBlock();
            if (hasElse(next)) nextElse = next.region(1).entryBlock();
        }
        Value nx = negated(next.operand(0));
        if (nx != null && nx == prev.operand(0)) {
            nextElse = next.region(0).entryBlock();
            nextThen = hasElse(next) ? next.region(1).entryBlock() : null;
        }
        Value px = negated(prev.operand(0));
        if (px != null && px == next.operand(0)) {
            nextElse = next.region(0).entryBlock();
            nextThen = hasElse(next) ? next.region(1).entryBlock() : null;
        }
        if (nextThen == null && nextElse == null) return false;
        List<Value> prevThenYield = terminator(prev.region(0)).operands();
        List<Value> prevElseYield = hasElse(prev) ? terminator(prev.region(1)).operands() : List.of();
        int zipped = Math.min(prev.numResults(), Math.min(prevThenYield.size(), prevElseYield.size()));
        for (int i = 0; i < zipped; i++) {
            List<OpOperand> uses = new ArrayList<>();
            for (OpOperand u = prev.result(i).firstUse(); u != null; u = u.nextUse()) uses.add(u);
            for (OpOperand u : uses) {
                Region where = u.owner().parentRegion();
                Value to = nextThen != null && nextThen.parent().isAncestorOf(where) ? prevThenYield.get(i)
                    : nextElse != null && nextElse.parent().isAncestorOf(where) ? prevElseYield.get(i) : null;
                if (to != null) r.modifyOpInPlace(u.owner(), () -> u.set(to));
            }
        }
        List<Type> types = new ArrayList<>(prev.resultTypes());
        types.addAll(next.resultTypes());
        r.setInsertionPoint(next);
        Operation combined = createIf(r, next.location(), types, prev.operand(0), false);
        combined.region(0).dropAllBlocks();
        r.inlineRegionBefore(prev.region(0), combined.region(0), 0);
        if (nextThen != null) appendYieldingBlock(r, nextThen, combined.region(0).entryBlock());
        r.inlineRegionBefore(prev.region(1), combined.region(1), 0);
        if (nextElse != null) {
            if (combined.region(1).isEmpty()) {
                r.inlineRegionBefore(nextElse.parent(), combined.region(1), 0);
            } else {
                appendYieldingBlock(r, nextElse, combined.region(1).entryBlock());
            }
        }
        List<Value> prevValues = new ArrayList<>(combined.results().subList(0, prev.numResults()));
        List<Value> nextValues = new ArrayList<>(combined.results().subList(prev.numResults(), combined.numResults()));
        r.replaceOp(prev, prevValues);
        r.replaceOp(next, nextValues);
        return true;
    });

    /** Appends {@code from}'s ops to {@code into}; one yield of both blocks' yielded values ends the result. */
    private static void appendYieldingBlock(PatternRewriter r, Block from, Block into) {
        Operation y1 = into.lastOp(), y2 = from.lastOp();
        r.mergeBlocks(from, into, List.of());
        List<Value> merged = new ArrayList<>(y1.operands());
        merged.addAll(y2.operands());
        r.setInsertionPointToEnd(into);
        ScfRewrites.createYield(r, y2.location(), merged);
        r.eraseOp(y1);
        r.eraseOp(y2);
    }

    /** scf.if's fold: {@code if (not c) A else B} becomes {@code if c B else A}, in place (upstream's). */
    static List<org.jmlir.ir.OpFoldResult> fold(Operation op, List<Attribute> constants) {
        if (!hasElse(op)) return null;
        Value c = negated(op.operand(0));
        if (c == null) return null;
        op.setOperand(0, c);
        Block thenBlock = op.region(0).entryBlock(), elseBlock = op.region(1).entryBlock();
        op.region(0).removeBlock(thenBlock);
        op.region(1).removeBlock(elseBlock);
        op.region(0).addBlock(elseBlock);
        op.region(1).addBlock(thenBlock);
        return org.jmlir.ods.FoldHook.IN_PLACE;
    }

    /** In upstream's order (all have the same benefit). */
    static final RewritePattern[] ALL = {COMBINE_IFS, COMBINE_NESTED_IFS, CONDITION_PROPAGATION,
        CONVERT_TRIVIAL_IF_TO_SELECT, REMOVE_EMPTY_ELSE_BRANCH, REMOVE_STATIC_CONDITION, REMOVE_UNUSED_RESULTS,
        REPLACE_YIELD_WITH_CONDITION_OR_VALUE};
}
