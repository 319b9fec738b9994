package org.jmlir.verify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Context;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.DominanceInfo;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.attr.NamedAttribute;
import org.jmlir.ods.DefVerifier;
import org.jmlir.ods.Trait;

/**
 * The traversal of MLIR's OperationVerifier, on an explicit stack instead of the Java one. Each op is entered
 * (own invariants), then its blocks (entered, ops, exited), then exited: its isolated-from-above children are
 * verified completely, each followed by the dominance check of its regions, and only then the op's region
 * invariants and the unregistered-op rules. The root's dominance check comes last.
 */
final class OperationVerifier {
    private enum Step { ENTER_OP, ENTER_BLOCK, EXIT_BLOCK, EXIT_OP, FINISH_OP, DOMINANCE, END_ISOLATED }

    private record Item(Step step, Object node) {}

    private final boolean recursive;
    /** Set when isolated children verified on other threads failed. */
    private boolean nestedFailed;
    private final DominanceInfo dominance = new DominanceInfo();
    private final ArrayDeque<Item> stack = new ArrayDeque<>();
    private final java.util.Set<Object> failedAncestors =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    OperationVerifier(boolean recursive) { this.recursive = recursive; }

    boolean verify(Operation root) {
        push(Step.DOMINANCE, root);
        push(Step.ENTER_OP, root);
        boolean ok = true;
        while (!stack.isEmpty()) {
            Item item = stack.pop();
            if (item.step() == Step.FINISH_OP || item.step() == Step.DOMINANCE) {
                // An op whose nested isolated op failed is not checked further (MLIR stops at the failed child).
                if (failedAncestors.contains(item.node())) continue;
            }
            if (run(item)) continue;
            ok = false;
            Operation at = item.node() instanceof Operation o ? o : ((Block) item.node()).parentOp();
            for (Operation p = at; p != null; p = p.parentOp()) failedAncestors.add(p);
            // Like MLIR, a failure inside one isolated op (a function) does not stop the verification of its
            // siblings: drop the rest of the failed op's work and go on after its end marker.
            if (!skipToEndOfIsolated()) return false;
        }
        return ok && !nestedFailed;
    }

    private boolean skipToEndOfIsolated() {
        while (!stack.isEmpty()) {
            if (stack.pop().step() == Step.END_ISOLATED) return true;
        }
        return false;
    }

    private boolean run(Item item) {
        return switch (item.step()) {
            case ENTER_OP -> enter((Operation) item.node());
            case ENTER_BLOCK -> enter((Block) item.node());
            case EXIT_BLOCK -> BlockChecks.onExit((Block) item.node());
            case EXIT_OP -> exit((Operation) item.node());
            case FINISH_OP -> finish((Operation) item.node());
            case END_ISOLATED -> true;
            case DOMINANCE -> {
                Operation op = (Operation) item.node();
                yield op.numRegions() == 0 || DominanceVerifier.verify(op, dominance, recursive);
            }
        };
    }

    private void push(Step step, Object node) { stack.push(new Item(step, node)); }

    private boolean enter(Operation op) {
        if (!verifyOwnInvariants(op)) return false;
        push(Step.EXIT_OP, op);
        if (recursive) {
            for (int r = op.numRegions() - 1; r >= 0; r--) {
                List<Block> blocks = op.region(r).blocks();
                for (int b = blocks.size() - 1; b >= 0; b--) push(Step.ENTER_BLOCK, blocks.get(b));
            }
        }
        return true;
    }

    private boolean enter(Block block) {
        if (!BlockChecks.onEntrance(block)) return false;
        push(Step.EXIT_BLOCK, block);
        // Isolated ops are verified as a whole when their parent is exited.
        for (Operation op = block.lastOp(); op != null; op = op.prev()) if (!isIsolated(op)) push(Step.ENTER_OP, op);
        return true;
    }

    private boolean exit(Operation op) {
        push(Step.FINISH_OP, op);
        if (!recursive) return true;
        List<Operation> isolated = new ArrayList<>();
        for (Region r : op.regions()) {
            for (Block b : r.blocks()) for (Operation o = b.firstOp(); o != null; o = o.next()) if (isIsolated(o)) isolated.add(o);
        }
        if (isolated.size() > 1 && op.context().isMultithreadingEnabled()) return verifyInParallel(op, isolated);
        for (int i = isolated.size() - 1; i >= 0; i--) {
            push(Step.END_ISOLATED, isolated.get(i));
            push(Step.DOMINANCE, isolated.get(i));
            push(Step.ENTER_OP, isolated.get(i));
        }
        return true;
    }

    /**
     * Verifies isolated children on the shared pool, each as its own root (what the serial traversal does between
     * its markers), as MLIR does when multithreading is on; diagnostics are delivered in op order, so the output is
     * the serial one. A failed child stops the parent's remaining checks, as in the serial traversal.
     */
    private boolean verifyInParallel(Operation op, List<Operation> isolated) {
        var engine = op.context().diagnostics();
        boolean[] ok = new boolean[isolated.size()];
        List<List<org.jmlir.diag.Diagnostic>> diags = new ArrayList<>(java.util.Collections.nCopies(isolated.size(),
            List.<org.jmlir.diag.Diagnostic>of()));
        org.jmlir.ir.Parallel.forEach(true, isolated.size(), i -> {
            engine.beginCapture();
            try {
                ok[i] = new OperationVerifier(recursive).verify(isolated.get(i));
            } finally {
                diags.set(i, engine.endCapture());
            }
        });
        for (int i = 0; i < isolated.size(); i++) {
            engine.replay(diags.get(i));
            if (!ok[i]) {
                nestedFailed = true;
                for (Operation p = op; p != null; p = p.parentOp()) failedAncestors.add(p);
            }
        }
        return true;
    }

    private static boolean isIsolated(Operation op) {
        return op.numRegions() != 0 && op.hasTrait(Trait.ISOLATED_FROM_ABOVE);
    }

    /** MLIR's verifyOnEntrance(Operation&): operands, dialect attributes, the definition, region shapes. */
    private static boolean verifyOwnInvariants(Operation op) {
        for (int i = 0; i < op.numOperands(); i++) {
            if (op.operand(i) == null) return op.emitError("null operand found").fail();
        }
        Context ctx = op.context();
        for (NamedAttribute a : op.attributes().entries()) {
            int dot = a.name().indexOf('.');
            Dialect d = dot > 0 ? ctx.dialect(a.name().substring(0, dot)) : null;
            if (d != null && !d.verifyOperationAttribute(op, a)) return false;
        }
        if (op.isRegistered() && !DefVerifier.verifyInvariants(op)) return false;
        boolean graph = op.hasTrait(Trait.GRAPH_REGIONS);
        for (int i = 0; i < op.numRegions(); i++) {
            Region region = op.region(i);
            if (graph && region.blocks().size() > 1) {
                return op.emitOpError("expects graph region #" + i + " to have 0 or 1 blocks").fail();
            }
            if (!region.isEmpty() && region.entryBlock().hasPredecessors()) {
                return ctx.diagnostics().emitError(op.location(), "entry block of region may not have predecessors")
                    .fail();
            }
        }
        return true;
    }

    /** After the nested ops: region invariants of registered ops, the dialect's tolerance of unregistered ones. */
    private static boolean finish(Operation op) {
        if (op.isRegistered()) return DefVerifier.verifyRegionInvariants(op);
        Context ctx = op.context();
        String ns = op.operationName().dialectNamespace();
        Dialect dialect = ctx.dialect(ns);
        if (dialect == null) {
            if (ctx.allowsUnregisteredDialects()) return true;
            return op.emitOpError("created with unregistered dialect. If this is intended, please call "
                + "allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR "
                + "opt tool used").fail();
        }
        if (!dialect.allowsUnknownOperations()) {
            return op.emitError("unregistered operation '" + op.name() + "' found in dialect ('" + ns
                + "') that does not allow unknown operations").fail();
        }
        return true;
    }
}
