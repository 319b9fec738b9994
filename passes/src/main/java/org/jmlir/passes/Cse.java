package org.jmlir.passes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.iface.EffectInstance;
import org.jmlir.iface.MemoryEffect;
import org.jmlir.iface.MemoryEffectOpInterface;
import org.jmlir.iface.MemoryEffects;
import org.jmlir.ir.Block;
import org.jmlir.ir.DominanceInfo;
import org.jmlir.ir.OpOperand;
import org.jmlir.ir.OpResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationEquivalence;
import org.jmlir.ir.Region;
import org.jmlir.ir.attr.UnknownLoc;
import org.jmlir.ods.Trait;
import org.jmlir.pass.Pass;
import org.jmlir.pass.Statistic;

/**
 * {@code cse}: eliminates common subexpressions as MLIR's CSE does. Ops are looked up in a scoped hash table while
 * the dominator tree of each region is walked, so an op is replaced only by an equivalent op that dominates it.
 * Nested regions see the values of the regions around them, except below IsolatedFromAbove ops (and unregistered
 * ops, which may be isolated), which start afresh. Memory-effect-free ops are replaced freely; ops whose only
 * effects are reads are replaced by an equivalent read in the same block when nothing that may write lies between
 * them. Ops with regions count when their regions are structurally equivalent ({@link OperationEquivalence}); ops
 * with multi-block regions and terminators are left alone. Trivially dead ops met on the way are erased too.
 *
 * <p>The walk keeps an explicit stack, so deeply nested IR cannot overflow the Java stack.
 */
public final class Cse extends Pass {
    private final Statistic numCse = statistic("num-cse'd", "Number of operations CSE'd");
    private final Statistic numDce = statistic("num-dce'd", "Number of operations DCE'd");

    @Override public String argument() { return "cse"; }

    @Override public String description() { return "Eliminate common sub-expressions"; }

    @Override protected void runOnOperation() {
        Driver driver = new Driver(getAnalysis(DominanceInfo.class));
        driver.run(getOperation());
        numCse.add(driver.cse);
        numDce.add(driver.dce);
        if (driver.opsToErase.isEmpty()) {
            markAllAnalysesPreserved();
            return;
        }
        for (Operation op : driver.opsToErase) op.erase();
        markChanged();
    }

    /** One run: the traversal, the table and what was found. */
    private static final class Driver {
        private final DominanceInfo dominance;
        private final List<Operation> opsToErase = new ArrayList<>();
        private final Deque<Runnable> work = new ArrayDeque<>();
        /** For each read whose successors were scanned: how far, and whether a write was met there. */
        private final Map<Operation, Scan> scans = new IdentityHashMap<>();
        long cse;
        long dce;

        Driver(DominanceInfo dominance) { this.dominance = dominance; }

        void run(Operation root) {
            KnownOps known = new KnownOps();
            for (int i = root.numRegions() - 1; i >= 0; i--) {
                Region r = root.region(i);
                work.push(() -> enterRegion(r, known));
            }
            while (!work.isEmpty()) work.pop().run();
        }

        // ---- traversal (tasks on an explicit stack; pushed in reverse order of execution)

        private void enterRegion(Region region, KnownOps known) {
            if (region.isEmpty()) return;
            boolean ssa = hasSSADominance(region);
            if (region.blocks().size() == 1) {
                known.pushScope();
                work.push(known::popScope);
                Block only = region.entryBlock();
                work.push(() -> step(only.firstOp(), known, ssa));
                return;
            }
            // Multi-block regions without SSA dominance have no traversal order to rely on.
            if (!ssa) return;
            Map<Block, List<Block>> children = dominatorTreeChildren(region);
            work.push(() -> visitDomNode(region.entryBlock(), children, known));
        }

        private void visitDomNode(Block block, Map<Block, List<Block>> children, KnownOps known) {
            known.pushScope();
            work.push(known::popScope);
            List<Block> kids = children.getOrDefault(block, List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                Block kid = kids.get(i);
                work.push(() -> visitDomNode(kid, children, known));
            }
            work.push(() -> step(block.firstOp(), known, true));
        }

        /** Handles {@code op}: first its regions, then the op itself, then the rest of the block. */
        private void step(Operation op, KnownOps known, boolean ssa) {
            if (op == null) return;
            Operation next = op.next();
            work.push(() -> step(next, known, ssa));
            work.push(() -> simplify(op, known, ssa));
            if (op.numRegions() > 0) {
                // Values known outside an isolated op must not be used inside it.
                boolean isolated = !op.isRegistered() || op.hasTrait(Trait.ISOLATED_FROM_ABOVE);
                KnownOps nested = isolated ? new KnownOps() : known;
                for (int i = op.numRegions() - 1; i >= 0; i--) {
                    Region r = op.region(i);
                    work.push(() -> enterRegion(r, nested));
                }
            }
        }

        // ---- the decision for one op

        private void simplify(Operation op, KnownOps known, boolean ssa) {
            if (op.hasTrait(Trait.TERMINATOR)) return;
            if (MemoryEffects.isOpTriviallyDead(op)) {
                opsToErase.add(op);
                dce++;
                return;
            }
            for (Region r : op.regions()) if (r.blocks().size() > 1) return;
            if (!MemoryEffects.isMemoryEffectFree(op)) {
                if (!onlyReads(op)) return;
                Operation existing = known.lookup(op);
                if (existing != null && existing.block() == op.block() && !writeBetween(existing, op)) {
                    replace(op, existing, known, ssa);
                    return;
                }
                known.insert(op);
                return;
            }
            Operation existing = known.lookup(op);
            if (existing != null) {
                replace(op, existing, known, ssa);
                return;
            }
            known.insert(op);
        }

        /** Whether the op itself declares effects, all of them reads (as MLIR's onlyHasEffect<Read>). */
        private static boolean onlyReads(Operation op) {
            if (!op.isRegistered()) return false;
            MemoryEffectOpInterface iface = op.definition().getInterface(MemoryEffectOpInterface.class);
            if (iface == null) return false;
            List<EffectInstance> effects = new ArrayList<>();
            iface.effects(op, effects);
            for (EffectInstance e : effects) if (e.effect() != MemoryEffect.READ) return false;
            return true;
        }

        /**
         * Whether an op strictly between {@code from} and {@code to} (same block) may write: it writes, or its
         * effects are unknown. Scans resume where the previous query from the same op stopped.
         */
        private boolean writeBetween(Operation from, Operation to) {
            Scan scan = scans.get(from);
            Operation cur = from.next();
            if (scan != null) {
                if (scan.foundWrite) return true;
                cur = scan.reached;
            }
            for (; cur != null && cur != to; cur = cur.next()) {
                List<EffectInstance> effects = MemoryEffects.effects(cur);
                boolean writes = effects == null;
                if (!writes) {
                    for (EffectInstance e : effects) writes |= e.effect() == MemoryEffect.WRITE;
                }
                if (writes) {
                    scans.put(from, new Scan(cur, true));
                    return true;
                }
            }
            scans.put(from, new Scan(to, false));
            return false;
        }

        private void replace(Operation op, Operation existing, KnownOps known, boolean ssa) {
            if (ssa) {
                // No use of op has been visited yet: every use can take the existing value.
                for (int i = 0; i < op.numResults(); i++) op.result(i).replaceAllUsesWith(existing.result(i));
                opsToErase.add(op);
            } else {
                // In a graph region a use may have been visited already (and be known); leave such uses.
                for (int i = 0; i < op.numResults(); i++) {
                    OpResult from = op.result(i), to = existing.result(i);
                    for (OpOperand use : from.uses()) if (!known.contains(use.owner())) use.set(to);
                }
                if (!op.hasUsesOfResults()) opsToErase.add(op);
            }
            if (existing.location() instanceof UnknownLoc && !(op.location() instanceof UnknownLoc)) {
                existing.setLocation(op.location());
            }
            cse++;
        }

        // ---- dominance helpers

        /**
         * MLIR's answer: only registered ops that do not declare graph regions give their regions SSA dominance
         * (nothing is known about the regions of an unregistered op).
         */
        private static boolean hasSSADominance(Region region) {
            Operation parent = region.parentOp();
            return parent == null || (parent.isRegistered() && !parent.hasTrait(Trait.GRAPH_REGIONS));
        }

        /** The children of each block in the region's dominator tree, in block order; unreachable blocks omitted. */
        private Map<Block, List<Block>> dominatorTreeChildren(Region region) {
            Map<Block, List<Block>> children = new IdentityHashMap<>();
            for (Block b : region.blocks()) {
                if (b == region.entryBlock() || !dominance.isReachableFromEntry(b)) continue;
                Block idom = dominance.immediateDominator(b);
                if (idom != null) children.computeIfAbsent(idom, k -> new ArrayList<>()).add(b);
            }
            return children;
        }
    }

    private record Scan(Operation reached, boolean foundWrite) {}

    /** A scoped hash table of ops by structural equivalence (ignoring locations), as MLIR's ScopedHashTable. */
    private static final class KnownOps {
        private final Map<Key, Operation> table = new HashMap<>();
        /** Per scope, the keys inserted and the entries they shadowed, to undo on exit. */
        private final Deque<List<Object[]>> scopes = new ArrayDeque<>();

        void pushScope() { scopes.push(new ArrayList<>()); }

        void popScope() {
            List<Object[]> undo = scopes.pop();
            for (int i = undo.size() - 1; i >= 0; i--) {
                Key k = (Key) undo.get(i)[0];
                Operation prev = (Operation) undo.get(i)[1];
                if (prev == null) table.remove(k); else table.put(k, prev);
            }
        }

        Operation lookup(Operation op) { return table.get(new Key(op)); }

        boolean contains(Operation op) { return table.containsKey(new Key(op)); }

        void insert(Operation op) {
            Key k = new Key(op);
            Operation prev = table.put(k, op);
            scopes.peek().add(new Object[] {k, prev});
        }
    }

    /** An op as a hash key: hashed once (operands by identity), compared structurally. */
    private static final class Key {
        final Operation op;
        final int hash;

        Key(Operation op) {
            this.op = op;
            this.hash = OperationEquivalence.computeHash(op, OperationEquivalence.IGNORE_LOCATIONS);
        }

        @Override public int hashCode() { return hash; }

        @Override public boolean equals(Object o) {
            return o instanceof Key k && (k.op == op
                || OperationEquivalence.isEquivalentTo(op, k.op, OperationEquivalence.IGNORE_LOCATIONS));
        }
    }
}
