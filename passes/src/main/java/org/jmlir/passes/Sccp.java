package org.jmlir.passes;

import java.util.ArrayDeque;
import java.util.List;
import org.jmlir.iface.MemoryEffects;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.UnknownLoc;
import org.jmlir.pass.Pass;
import org.jmlir.rewrite.OperationFolder;
import org.jmlir.rewrite.PatternRewriter;

/**
 * {@code sccp} (MLIR's SCCP pass): solves {@link SccpSolver}, then replaces every value proven constant by a
 * constant materialized (and shared) at the top of its isolated region, and erases ops all of whose results were
 * replaced when nothing else observes them. Control flow is left to canonicalize, as upstream does.
 */
public final class Sccp extends Pass {
    @Override public String argument() { return "sccp"; }

    @Override public String description() { return "Sparse Conditional Constant Propagation"; }

    @Override protected void runOnOperation() {
        Operation root = getOperation();
        SccpSolver solver = new SccpSolver();
        solver.solve(root);
        PatternRewriter rewriter = new PatternRewriter(getContext());
        OperationFolder folder = new OperationFolder(rewriter);
        boolean changed = false;
        ArrayDeque<Block> work = new ArrayDeque<>();
        pushBlocks(work, root.regions());
        while (!work.isEmpty()) {
            Block block = work.pop();
            for (Operation op = block.firstOp(); op != null; ) {
                Operation next = op.next();
                boolean replacedAll = op.numResults() != 0;
                for (Value res : op.results()) replacedAll &= replaceWithConstant(solver, folder, block, res);
                changed |= replacedAll;
                if (replacedAll && !op.hasUsesOfResults() && MemoryEffects.wouldOpBeTriviallyDead(op)) {
                    op.erase();
                } else {
                    pushBlocks(work, op.regions());
                }
                op = next;
            }
            for (Value arg : block.arguments()) changed |= replaceWithConstant(solver, folder, block, arg);
        }
        if (!changed) markAllAnalysesPreserved(); else markChanged();
    }

    /** Upstream's order: the last region's blocks are rewritten first, each region's blocks first to last. */
    private static void pushBlocks(ArrayDeque<Block> work, List<Region> regions) {
        for (Region r : regions) {
            List<Block> blocks = r.blocks();
            for (int i = blocks.size() - 1; i >= 0; i--) work.push(blocks.get(i));
        }
    }

    private static boolean replaceWithConstant(SccpSolver solver, OperationFolder folder, Block block, Value v) {
        ConstantLattice l = solver.get(v);
        if (!l.isConstant() || l.dialect() == null) return false;
        Value c = folder.getOrCreateConstant(block, l.dialect(), l.value(), v.type(), UnknownLoc.INSTANCE);
        if (c == null) return false;
        v.replaceAllUsesWith(c);
        return true;
    }
}
