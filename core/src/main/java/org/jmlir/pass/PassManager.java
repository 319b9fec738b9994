package org.jmlir.pass;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ods.Trait;
import org.jmlir.verify.Verifier;

/**
 * The top-level pass manager: runs its pipeline on one op. Sibling ops that are IsolatedFromAbove run in parallel
 * on the shared pool (ir.Parallel), each thread with its own copy of the nested pipeline; their diagnostics are delivered in the
 * order of the ops, so output does not depend on timing. After every pass that may have changed the IR the op is
 * verified (unless disabled), and a failure names the pass.
 */
public final class PassManager extends OpPassManager {
    private boolean threading = true;
    private boolean verifyEach = true;
    private final List<PassInstrumentation> instrumentations = new ArrayList<>();
    /** Copies made for worker threads, whose statistics are folded into the originals after a run. */
    private final Map<OpPassManager, List<OpPassManager>> copies = new HashMap<>();

    public PassManager(String anchor) { super(anchor); }

    /** A manager running {@code pipeline}'s elements (the parsed form of a textual pipeline). */
    public static PassManager of(OpPassManager pipeline) {
        PassManager pm = new PassManager(pipeline.anchor());
        pm.adopt(pipeline);
        return pm;
    }

    private void adopt(OpPassManager from) {
        for (Object e : from.elements()) {
            if (e instanceof Pass p) addPassExactly(p);
            else adoptNested(this, (OpPassManager) e);
        }
    }

    private static void adoptNested(OpPassManager into, OpPassManager nested) {
        OpPassManager n = into.addNested(nested.anchor());
        for (Object e : nested.elements()) {
            if (e instanceof Pass p) n.addPassExactly(p);
            else adoptNested(n, (OpPassManager) e);
        }
    }

    public PassManager enableThreading(boolean on) {
        threading = on;
        return this;
    }

    public PassManager enableVerifier(boolean on) {
        verifyEach = on;
        return this;
    }

    public PassManager addInstrumentation(PassInstrumentation i) {
        instrumentations.add(i);
        return this;
    }

    /** Runs the pipeline on {@code op}; returns false when a pass failed (diagnostics were emitted). */
    public boolean run(Operation op) {
        if (!runsOn(op.name())) {
            op.context().diagnostics().emitError(op.location(),
                "can't run '" + anchor() + "' pass manager on '" + op.name() + "' op");
            return false;
        }
        boolean parallel = threading;
        for (PassInstrumentation i : instrumentations) if (i.needsSingleThread()) parallel = false;
        boolean ok = new Run(parallel).pipeline(this, op);
        mergeStatistics();
        return ok;
    }

    private void mergeStatistics() {
        for (var e : copies.entrySet()) {
            List<Pass> originals = e.getKey().allPasses();
            for (OpPassManager c : e.getValue()) {
                List<Pass> ps = c.allPasses();
                for (int i = 0; i < ps.size(); i++) {
                    List<Statistic> from = ps.get(i).statistics(), to = originals.get(i).statistics();
                    for (int k = 0; k < from.size(); k++) to.get(k).add(from.get(k).get());
                    for (Statistic s : from) s.add(-s.get());
                }
            }
        }
        copies.clear();
    }

    /** One execution: analyses cache and thread policy. */
    private final class Run {
        final boolean parallel;

        Run(boolean parallel) { this.parallel = parallel; }

        boolean pipeline(OpPassManager pm, Operation op) {
            Map<Operation, Map<Class<?>, Object>> analyses = new HashMap<>();
            for (Object e : pm.elements()) {
                boolean ok = e instanceof Pass p ? pass(p, op, analyses) : nested((OpPassManager) e, op);
                if (!ok) return false;
                if (!(e instanceof Pass)) analyses.clear();
            }
            return true;
        }

        boolean nested(OpPassManager pm, Operation op) {
            List<Operation> targets = new ArrayList<>();
            for (Region r : op.regions()) {
                for (Block b : r.blocks()) {
                    for (Operation c : b) if (matches(pm, c)) targets.add(c);
                }
            }
            if (targets.isEmpty()) return true;
            boolean isolated = true;
            for (Operation t : targets) isolated &= t.hasTrait(Trait.ISOLATED_FROM_ABOVE);
            if (!parallel || !isolated || targets.size() < 2) {
                for (Operation t : targets) if (!pipeline(pm, t)) return false;
                return true;
            }
            return inParallel(pm, targets);
        }

        private boolean matches(OpPassManager pm, Operation c) {
            if (!pm.anchor().equals(OpPassManager.ANY)) return pm.anchor().equals(c.name());
            if (!c.hasTrait(Trait.ISOLATED_FROM_ABOVE)) return false;
            for (Pass p : pm.allPasses()) if (!p.canScheduleOn(c.name())) return false;
            return true;
        }

        private boolean inParallel(OpPassManager pm, List<Operation> targets) {
            ConcurrentLinkedQueue<OpPassManager> free = new ConcurrentLinkedQueue<>();
            List<OpPassManager> made = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<List<Diagnostic>> diags = new ArrayList<>();
            boolean[] ok = new boolean[targets.size()];
            for (int i = 0; i < targets.size(); i++) diags.add(List.of());
            var engine = targets.get(0).context().diagnostics();
            org.jmlir.ir.Parallel.forEach(true, targets.size(), i -> {
                OpPassManager mine = free.poll();
                if (mine == null) {
                    mine = pm.copy();
                    made.add(mine);
                }
                engine.beginCapture();
                try {
                    ok[i] = pipeline(mine, targets.get(i));
                } catch (RuntimeException | StackOverflowError e) {
                    targets.get(i).context().diagnostics().emitError(targets.get(i).location(),
                        "internal error while running passes: " + e);
                    ok[i] = false;
                } finally {
                    diags.set(i, engine.endCapture());
                    free.add(mine);
                }
            });
            synchronized (copies) {
                copies.computeIfAbsent(pm, k -> new ArrayList<>()).addAll(made);
            }
            boolean all = true;
            for (int i = 0; i < targets.size(); i++) {
                engine.replay(diags.get(i));
                all &= ok[i];
            }
            return all;
        }

        boolean pass(Pass p, Operation op, Map<Operation, Map<Class<?>, Object>> analyses) {
            for (PassInstrumentation i : instrumentations) i.beforePass(p, op);
            p.beginRun(op, new Pass.AnalysisAccess() {
                @Override public <A> A analysis(Operation o, Class<A> kind) {
                    return kind.cast(analyses.computeIfAbsent(o, k -> new HashMap<>())
                        .computeIfAbsent(kind, k -> Analyses.construct(k, o)));
                }

                @Override public <A> A cachedAnalysis(Operation o, Class<A> kind) {
                    Map<Class<?>, Object> m = analyses.get(o);
                    return m == null ? null : kind.cast(m.get(kind));
                }
            });
            boolean failed;
            try {
                p.runOnOperation();
                failed = p.failed;
            } catch (RuntimeException | StackOverflowError e) {
                String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                if (System.getenv("JMLIR_DEBUG") != null) e.printStackTrace();
                // Not op.emitError: the IR may be half-rewritten, and printing it could fail in turn.
                op.context().diagnostics().emitError(op.location(),
                    "pass '" + p.argument() + "' failed with an internal error: " + msg);
                failed = true;
            } finally {
                p.endRun();
            }
            if (failed) {
                for (PassInstrumentation i : instrumentations) i.afterPassFailed(p, op);
                return false;
            }
            boolean changed = !p.allPreserved || p.changed;
            if (changed) analyses.clear();
            if (verifyEach && changed && !Verifier.verify(op)) {
                op.emitError("verification failed after running pass '" + p.argument() + "' (" + p.name()
                    + "): the pass produced invalid IR");
                for (PassInstrumentation i : instrumentations) i.afterPassFailed(p, op);
                return false;
            }
            for (PassInstrumentation i : instrumentations) i.afterPass(p, op, changed);
            return true;
        }
    }
}
