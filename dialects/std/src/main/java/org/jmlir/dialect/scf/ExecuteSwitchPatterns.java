package org.jmlir.dialect.scf;

import static org.jmlir.dialect.scf.ScfRewrites.replaceOpWithRegion;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.OpResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ir.type.Type;
import org.jmlir.rewrite.Folding;
import org.jmlir.rewrite.PatternRewriter;
import org.jmlir.rewrite.RewritePattern;

/**
 * The other canonicalizations of scf.execute_region and scf.index_switch, as mlir-opt 22 applies them: a
 * multi-block execute_region directly in a function is spliced into its CFG, results nobody uses or that every yield
 * takes from outside are dropped, and a switch on a constant becomes the region it selects.
 */
final class ExecuteSwitchPatterns {
    private ExecuteSwitchPatterns() {}

    private static boolean noInline(Operation op) { return op.attr("no_inline") != null; }

    private static void branch(PatternRewriter r, Operation at, Block dest, List<Value> operands) {
        OperationState s = r.state("cf.br", at.location()).addOperands(operands);
        s.addSuccessor(dest);
        r.create(s);
    }

    /** The block is split at the op, each scf.yield branches to the rest, whose arguments replace the results. */
    static final RewritePattern MULTI_BLOCK_EXECUTE_INLINER = RewritePattern.of("MultiBlockExecuteInliner",
        "scf.execute_region", (op, r) -> {
            Operation parent = op.parentOp();
            if (noInline(op) || parent == null || op.region(0).blocks().size() < 2) return false;
            if (!parent.name().equals("func.func") && !parent.name().equals("scf.execute_region")) return false;
            Block prevBlock = op.block();
            Block postBlock = r.splitBlock(prevBlock, op);
            r.setInsertionPointToEnd(prevBlock);
            branch(r, op, op.region(0).entryBlock(), List.of());
            for (Block b : op.region(0).blocks()) {
                Operation t = b.lastOp();
                if (t == null || !t.name().equals("scf.yield")) continue;
                r.setInsertionPoint(t);
                branch(r, t, postBlock, t.operands());
                r.eraseOp(t);
            }
            r.inlineRegionBefore(op.region(0), postBlock.parent(), postBlock.parent().indexOf(postBlock));
            List<Value> args = new ArrayList<>();
            for (OpResult res : op.results()) args.add(postBlock.addArgument(res.type(), op.location()));
            r.replaceOp(op, args);
            return true;
        });

    /** Results nobody uses, and results every yield gives the same value from outside, go (no_inline or not). */
    static final RewritePattern DROP_RESULTS = RewritePattern.of("ExecuteRegionDropResults", "scf.execute_region",
        (op, r) -> {
            if (op.numResults() == 0) return false;
            List<Operation> yields = new ArrayList<>();
            for (Block b : op.region(0).blocks()) {
                Operation t = b.lastOp();
                if (t != null && t.name().equals("scf.yield")) yields.add(t);
            }
            if (yields.isEmpty()) return false;
            Value[] replacement = new Value[op.numResults()];
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < op.numResults(); i++) {
                if (!op.result(i).hasUses()) {
                    replacement[i] = op.result(i);
                    continue;
                }
                Value common = yields.get(0).operand(i);
                for (Operation y : yields) if (y.operand(i) != common) common = null;
                if (common != null && !op.region(0).isAncestorOf(common.parentRegion())) replacement[i] = common;
                else kept.add(i);
            }
            if (kept.size() == op.numResults()) return false;
            List<Type> types = new ArrayList<>();
            for (int i : kept) types.add(op.result(i).type());
            r.setInsertionPoint(op);
            OperationState s = r.state(op.name(), op.location()).addTypes(types);
            for (NamedAttribute a : op.properties().entries()) s.addProperty(a.name(), a.value());
            for (NamedAttribute a : op.attributes().entries()) s.addAttribute(a.name(), a.value());
            s.addRegion();
            Operation n = r.create(s);
            r.inlineRegionBefore(op.region(0), n.region(0), 0);
            for (Operation y : yields) {
                List<Value> vals = new ArrayList<>();
                for (int i : kept) vals.add(y.operand(i));
                ScfRewrites.replaceYield(r, y, vals);
            }
            for (int k = 0; k < kept.size(); k++) replacement[kept.get(k)] = n.result(k);
            for (int i = 0; i < op.numResults(); i++) {
                if (replacement[i] != op.result(i)) r.replaceAllUsesWith(op.result(i), replacement[i]);
            }
            r.eraseOp(op);
            return true;
        });

    /** A switch on a constant: the matching case region (or the default one) replaces it. */
    static final RewritePattern INDEX_SWITCH_CONSTANT_CASE = RewritePattern.of("FoldConstantCase", "scf.index_switch",
        (op, r) -> {
            if (!(Folding.constantValue(op.operand(0)) instanceof IntegerAttr c)) return false;
            long v = c.value().longValue();
            Region taken = op.region(0);
            if (op.attr("cases") instanceof DenseArrayAttr cases) {
                long[] values = cases.ints();
                for (int k = 0; k < values.length; k++) if (values[k] == v) taken = op.region(k + 1);
            }
            replaceOpWithRegion(r, op, taken, List.of());
            return true;
        });
}
