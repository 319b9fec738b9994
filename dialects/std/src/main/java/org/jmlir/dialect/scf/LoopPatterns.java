package org.jmlir.dialect.scf;

import static org.jmlir.dialect.scf.ScfRewrites.replaceOpWithRegion;
import static org.jmlir.dialect.scf.ScfRewrites.terminator;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.Type;
import org.jmlir.rewrite.Folding;
import org.jmlir.rewrite.RewritePattern;

/**
 * Canonicalization of scf.for and scf.execute_region, as upstream's: loop-carried values that are forwarded,
 * unused or duplicates are dropped; loops that run zero or one time go (the body inlined for one); an empty loop
 * that yields values from outside is replaced by them; a single-block execute_region is inlined.
 */
final class LoopPatterns {
    private LoopPatterns() {}

    private static List<Value> inits(Operation forOp) { return forOp.operands().subList(3, forOp.numOperands()); }

    static final RewritePattern FOR_ITER_ARGS_FOLDER = RewritePattern.of("ForOpIterArgsFolder", "scf.for",
        (op, r) -> {
            Block body = op.region(0).entryBlock();
            List<Value> inits = inits(op), yielded = terminator(op.region(0)).operands();
            List<BlockArgument> args = body.arguments().subList(1, body.numArguments());
            int n = op.numResults();
            boolean change = false;
            boolean[] keep = new boolean[n];
            List<Value> transfer = new ArrayList<>(), results = new ArrayList<>();
            List<Value> newInits = new ArrayList<>();
            transfer.add(null); // the induction variable, once the new loop exists
            Map<List<Value>, Integer> kept = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Value init = inits.get(i), arg = args.get(i), y = yielded.get(i);
                boolean forwarded = arg == y || init == y || (!arg.hasUses() && !op.result(i).hasUses());
                if (forwarded) {
                    change = true;
                    transfer.add(init);
                    results.add(init);
                    continue;
                }
                Integer same = kept.get(List.of(init, y));
                if (same != null) {
                    change = true;
                    r.replaceAllUsesWith(arg, args.get(same));
                    r.replaceAllUsesWith(op.result(i), op.result(same));
                    transfer.add(init);
                    results.add(init);
                    continue;
                }
                kept.put(List.of(init, y), i);
                keep[i] = true;
                newInits.add(init);
                transfer.add(null);
                results.add(null);
            }
            if (!change) return false;
            r.setInsertionPoint(op);
            OperationState s = r.state("scf.for", op.location())
                .addOperands(op.operands().subList(0, 3)).addOperands(newInits);
            List<Type> types = new ArrayList<>();
            for (Value v : newInits) types.add(v.type());
            s.addTypes(types);
            for (NamedAttribute a : op.properties().entries()) s.addProperty(a.name(), a.value());
            for (NamedAttribute a : op.attributes().entries()) s.addAttribute(a.name(), a.value());
            Region region = s.addRegion();
            Block nb = new Block();
            nb.addArgument(body.argument(0).type(), body.argument(0).location());
            for (int i = 0; i < n; i++) if (keep[i]) nb.addArgument(args.get(i).type(), args.get(i).location());
            region.addBlock(nb);
            Operation loop = r.create(s);
            transfer.set(0, nb.argument(0));
            for (int i = 0, k = 0; i < n; i++) {
                if (!keep[i]) continue;
                transfer.set(1 + i, nb.argument(1 + k));
                results.set(i, loop.result(k++));
            }
            r.mergeBlocks(body, nb, transfer);
            Operation y = nb.lastOp();
            List<Value> filtered = new ArrayList<>();
            for (int i = 0; i < n; i++) if (keep[i]) filtered.add(y.operand(i));
            ScfRewrites.replaceYield(r, y, filtered);
            r.replaceOp(op, results);
            return true;
        });

    /** ub - lb when both are constants or ub = lb + constant; null otherwise. */
    private static BigInteger constDiff(Value lb, Value ub) {
        if (Folding.constantValue(lb) instanceof IntegerAttr l && Folding.constantValue(ub) instanceof IntegerAttr u) {
            return u.value().subtract(l.value());
        }
        Operation add = ub.definingOp();
        if (add != null && add.name().equals("arith.addi") && add.operand(0) == lb
            && Folding.constantValue(add.operand(1)) instanceof IntegerAttr c) {
            return c.value();
        }
        return null;
    }

    static final RewritePattern SIMPLIFY_TRIVIAL_LOOPS = RewritePattern.of("SimplifyTrivialLoops", "scf.for",
        (op, r) -> {
            Value lb = op.operand(0), ub = op.operand(1);
            if (lb == ub) {
                r.replaceOp(op, new ArrayList<>(inits(op)));
                return true;
            }
            BigInteger diff = constDiff(lb, ub);
            if (diff == null) return false;
            if (diff.signum() <= 0) {
                r.replaceOp(op, new ArrayList<>(inits(op)));
                return true;
            }
            if (!(Folding.constantValue(op.operand(2)) instanceof IntegerAttr step)) return false;
            if (step.value().compareTo(diff) >= 0) {
                List<Value> blockArgs = new ArrayList<>();
                blockArgs.add(lb);
                blockArgs.addAll(inits(op));
                replaceOpWithRegion(r, op, op.region(0), blockArgs);
                return true;
            }
            Block body = op.region(0).entryBlock();
            if (body.firstOp() != body.lastOp()) return false;
            List<Value> yielded = terminator(op.region(0)).operands();
            for (Value v : yielded) if (op.isAncestorOf(v.parentRegion().parentOp())) return false;
            r.replaceOp(op, new ArrayList<>(yielded));
            return true;
        });

    static final RewritePattern SINGLE_BLOCK_EXECUTE_INLINER = RewritePattern.of("SingleBlockExecuteInliner",
        "scf.execute_region", (op, r) -> {
            if (op.region(0).blocks().size() != 1 || op.attr("no_inline") != null) return false;
            replaceOpWithRegion(r, op, op.region(0), List.of());
            return true;
        });
}
