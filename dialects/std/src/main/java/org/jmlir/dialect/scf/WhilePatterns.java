package org.jmlir.dialect.scf;

import static org.jmlir.dialect.scf.ScfRewrites.terminator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;
import org.jmlir.rewrite.PatternRewriter;
import org.jmlir.rewrite.RewritePattern;

/**
 * scf.while canonicalizations, as upstream's: before-arguments that never change are replaced by their initial
 * values, values the condition forwards from outside the before region are used directly, unused results (with
 * unused after-arguments) and unused before-arguments go, and the condition's own value is true in the after
 * region.
 */
final class WhilePatterns {
    private WhilePatterns() {}

    private static Block before(Operation w) { return w.region(0).entryBlock(); }

    private static Block after(Operation w) { return w.region(1).entryBlock(); }

    /** A new scf.while at the insertion point with empty regions. */
    private static Operation createWhile(PatternRewriter r, Location loc, List<Type> results, List<Value> inits) {
        OperationState s = r.state("scf.while", loc).addOperands(inits).addTypes(results);
        s.addRegion();
        s.addRegion();
        return r.create(s);
    }

    private static Block newBlock(Operation w, int region, List<Type> types, List<Location> locs) {
        Block b = new Block();
        for (int i = 0; i < types.size(); i++) b.addArgument(types.get(i), locs.get(i));
        w.region(region).addBlock(b);
        return b;
    }

    private static void replaceCondition(PatternRewriter r, Operation cond, List<Value> args) {
        var ip = r.saveInsertionPoint();
        r.setInsertionPoint(cond);
        List<Value> operands = new ArrayList<>();
        operands.add(cond.operand(0));
        operands.addAll(args);
        r.create("scf.condition", cond.location(), operands, List.of());
        r.eraseOp(cond);
        r.restoreInsertionPoint(ip);
    }

    private static List<Type> types(List<? extends Value> vs) {
        List<Type> out = new ArrayList<>();
        for (Value v : vs) out.add(v.type());
        return out;
    }

    /** The i-th before-argument is invariant when what the loop yields back to it is its initial value (directly or
     *  through the after-argument the condition filled with it). */
    private static boolean invariantBeforeArg(Operation w, int i) {
        Value init = w.operand(i), yielded = terminator(w.region(1)).operand(i);
        if (yielded == init) return true;
        if (yielded instanceof BlockArgument a && a.owner() == after(w)) {
            Value condArg = terminator(w.region(0)).operand(1 + a.index());
            return condArg == before(w).argument(i) || condArg == init;
        }
        return false;
    }

    static final RewritePattern LOOP_INVARIANT_BEFORE_ARGS = RewritePattern.of(
        "RemoveLoopInvariantArgsFromBeforeBlock", "scf.while", (w, r) -> {
            int n = w.numOperands();
            boolean any = false;
            for (int i = 0; i < n && !any; i++) any = invariantBeforeArg(w, i);
            if (!any) return false;
            Map<Integer, Value> invariant = new HashMap<>();
            List<Value> newInits = new ArrayList<>(), newYields = new ArrayList<>();
            List<Location> locs = new ArrayList<>();
            Operation yield = terminator(w.region(1));
            for (int i = 0; i < n; i++) {
                if (invariantBeforeArg(w, i)) {
                    invariant.put(i, w.operand(i));
                    continue;
                }
                newInits.add(w.operand(i));
                newYields.add(yield.operand(i));
                locs.add(before(w).argument(i).location());
            }
            ScfRewrites.replaceYield(r, yield, newYields);
            r.setInsertionPoint(w);
            Operation nw = createWhile(r, w.location(), w.resultTypes(), newInits);
            Block nb = newBlock(nw, 0, types(newYields), locs);
            List<Value> mapping = new ArrayList<>();
            for (int i = 0, j = 0; i < n; i++) mapping.add(invariant.containsKey(i) ? invariant.get(i) : nb.argument(j++));
            r.mergeBlocks(before(w), nb, mapping);
            r.inlineRegionBefore(w.region(1), nw.region(1), 0);
            r.replaceOp(w, nw.results());
            return true;
        });

    static final RewritePattern LOOP_INVARIANT_VALUE_YIELDED = RewritePattern.of("RemoveLoopInvariantValueYielded",
        "scf.while", (w, r) -> {
            Operation cond = terminator(w.region(0));
            List<Value> args = cond.operands().subList(1, cond.numOperands());
            boolean any = false;
            for (Value a : args) any |= a.parentBlock() != before(w);
            if (!any) return false;
            List<Value> newArgs = new ArrayList<>();
            List<Location> locs = new ArrayList<>();
            Map<Integer, Value> outside = new HashMap<>();
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).parentBlock() != before(w)) outside.put(i, args.get(i));
                else {
                    newArgs.add(args.get(i));
                    locs.add(after(w).argument(i).location());
                }
            }
            replaceCondition(r, cond, newArgs);
            r.setInsertionPoint(w);
            Operation nw = createWhile(r, w.location(), types(newArgs), w.operands());
            Block na = newBlock(nw, 1, types(newArgs), locs);
            List<Value> afterArgs = new ArrayList<>(), results = new ArrayList<>();
            for (int i = 0, j = 0; i < args.size(); i++) {
                if (outside.containsKey(i)) {
                    afterArgs.add(outside.get(i));
                    results.add(outside.get(i));
                } else {
                    afterArgs.add(na.argument(j));
                    results.add(nw.result(j++));
                }
            }
            r.mergeBlocks(after(w), na, afterArgs);
            r.inlineRegionBefore(w.region(0), nw.region(0), 0);
            r.replaceOp(w, results);
            return true;
        });

    static final RewritePattern CONDITION_TRUTH = RewritePattern.of("WhileConditionTruth", "scf.while", (w, r) -> {
        Operation cond = terminator(w.region(0));
        Value truth = null;
        boolean replaced = false;
        for (int i = 1; i < cond.numOperands(); i++) {
            BlockArgument a = after(w).argument(i - 1);
            if (cond.operand(i) != cond.operand(0) || !a.hasUses()) continue;
            if (truth == null) {
                r.setInsertionPoint(w);
                truth = r.create("arith.constant", w.location(), List.of(), List.of(cond.operand(0).type()), "value",
                    new org.jmlir.ir.attr.IntegerAttr(org.jmlir.ir.type.IntegerType.I1, java.math.BigInteger.ONE))
                    .result(0);
            }
            r.replaceAllUsesWith(a, truth);
            replaced = true;
        }
        return replaced;
    });

    static final RewritePattern UNUSED_RESULT = RewritePattern.of("WhileUnusedResult", "scf.while", (w, r) -> {
        Operation cond = terminator(w.region(0));
        List<Integer> kept = new ArrayList<>();
        boolean update = false;
        for (int i = 0; i < w.numResults(); i++) {
            if (!w.result(i).hasUses() && !after(w).argument(i).hasUses()) update = true;
            else kept.add(i);
        }
        if (!update) return false;
        List<Value> newArgs = new ArrayList<>();
        List<Type> newTypes = new ArrayList<>();
        List<Location> locs = new ArrayList<>();
        for (int i : kept) {
            newArgs.add(cond.operand(1 + i));
            newTypes.add(w.result(i).type());
            locs.add(w.location());
        }
        replaceCondition(r, cond, newArgs);
        r.setInsertionPoint(w);
        Operation nw = createWhile(r, w.location(), newTypes, w.operands());
        Block na = newBlock(nw, 1, newTypes, locs);
        Block oldAfter = after(w);
        List<Value> results = new ArrayList<>(), afterArgs = new ArrayList<>();
        for (int i = 0, k = 0; i < w.numResults(); i++) {
            boolean keep = k < kept.size() && kept.get(k) == i;
            results.add(keep ? nw.result(k) : null);
            // a dropped after-argument has no uses: it stands for itself while the blocks merge
            afterArgs.add(keep ? na.argument(k) : oldAfter.argument(i));
            if (keep) k++;
        }
        r.inlineRegionBefore(w.region(0), nw.region(0), 0);
        r.mergeBlocks(oldAfter, na, afterArgs);
        r.replaceOp(w, results);
        return true;
    });

    static final RewritePattern UNUSED_ARGS = RewritePattern.of("WhileRemoveUnusedArgs", "scf.while", (w, r) -> {
        Block before = before(w);
        boolean any = false;
        for (BlockArgument a : before.arguments()) any |= !a.hasUses();
        if (!any) return false;
        Operation yield = terminator(w.region(1));
        List<Value> newYields = new ArrayList<>(), newInits = new ArrayList<>();
        List<Location> locs = new ArrayList<>();
        for (int i = 0; i < before.numArguments(); i++) {
            if (!before.argument(i).hasUses()) continue;
            newYields.add(yield.operand(i));
            newInits.add(w.operand(i));
            locs.add(before.argument(i).location());
        }
        ScfRewrites.replaceYield(r, yield, newYields);
        r.setInsertionPoint(w);
        Operation nw = createWhile(r, w.location(), w.resultTypes(), newInits);
        Block nb = newBlock(nw, 0, types(newInits), locs);
        List<Value> mapping = new ArrayList<>();
        for (int i = 0, j = 0; i < before.numArguments(); i++) {
            mapping.add(before.argument(i).hasUses() ? nb.argument(j++) : w.operand(i));
        }
        r.mergeBlocks(before, nb, mapping);
        r.inlineRegionBefore(w.region(1), nw.region(1), 0);
        r.replaceOp(w, nw.results());
        return true;
    });

    /** In upstream's order (WhileCmpCond, WhileRemoveDuplicatedResults and WhileOpAlignBeforeArgs are missing). */
    static final RewritePattern[] ALL = {LOOP_INVARIANT_BEFORE_ARGS, LOOP_INVARIANT_VALUE_YIELDED, CONDITION_TRUTH,
        UNUSED_RESULT, UNUSED_ARGS};
}
