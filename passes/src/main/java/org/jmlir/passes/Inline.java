package org.jmlir.passes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.SymbolTable;
import org.jmlir.ods.Trait;
import org.jmlir.pass.OpPassManager;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassManager;
import org.jmlir.pass.PassOption;
import org.jmlir.pass.PassRegistry;
import org.jmlir.pass.PipelineException;
import org.jmlir.pass.PipelineParser;
import org.jmlir.rewrite.InlineCall;
import org.jmlir.rewrite.PatternRewriter;

/**
 * {@code inline} (MLIR's InlinerPass): visits the call graph's strongly connected components callees first; in each,
 * simplifies the callables with their optimization pipeline (canonicalize by default), then inlines the calls it
 * may, again until nothing is inlined or {@code max-iterations} is reached. Calls inside their own callee's
 * recursion (a callee that calls itself or its caller) are left alone, as are multi-block callees where the call
 * sits in a single-block region, calls or callees marked no_inline, and callees above the size ratio
 * {@code inlining-threshold}. Private callables left without uses are erased.
 */
public final class Inline extends Pass {
    private final PassOption<String> defaultPipeline = stringOption("default-pipeline",
        "The optimizer pipeline used for callables that do not have a dedicated optimizer pipeline in opPipelineList",
        "canonicalize");
    private final PassOption<Long> inliningThreshold = longOption("inlining-threshold",
        "If the ratio between the number of the operations in the callee and the number of the operations in the "
            + "caller exceeds this value (in percentage), then the callee is not inlined even if it is legal to inline it",
        4294967295L);
    private final PassOption<Long> maxIterations = longOption("max-iterations",
        "Maximum number of iterations when inlining within an SCC", 4);
    private final PassOption<List<String>> opPipelines = stringListOption("op-pipelines",
        "Callable operation specific optimizer pipelines (in the form of `dialect.op(pipeline)`)");

    private final org.jmlir.pass.Statistic numInlined = statistic("num-inlined-calls",
        "Number of inlined calls");

    @Override public String argument() { return "inline"; }

    @Override public String description() { return "Inline function calls"; }

    @Override protected void runOnOperation() {
        Operation root = getOperation();
        Map<String, OpPassManager> pipelines;
        try {
            pipelines = pipelines();
        } catch (PipelineException e) {
            getContext().diagnostics().emitError(root.location(), "invalid optimizer pipeline: " + e.getMessage());
            signalPassFailure();
            return;
        }
        CallGraph graph = CallGraph.build(root);
        long inlined = 0;
        for (List<Operation> scc : graph.sccsCalleesFirst()) {
            for (long it = 0; it < Math.max(1, maxIterations.get()); it++) {
                if (!optimize(scc, pipelines)) {
                    signalPassFailure();
                    return;
                }
                long n = inlineCalls(graph, scc);
                inlined += n;
                if (n == 0) break;
            }
        }
        numInlined.add(inlined);
        eraseDeadCallables(graph);
        markChanged();
    }

    /** The pipeline for each callable op name: the op-pipelines entry, or the default pipeline anchored on it. */
    private Map<String, OpPassManager> pipelines() throws PipelineException {
        PipelineParser parser = new PipelineParser(PassRegistry.withBuiltins());
        Map<String, OpPassManager> out = new HashMap<>();
        for (String text : opPipelines.get()) {
            OpPassManager pm = parser.parse(text);
            out.put(pm.anchor(), pm);
        }
        // Parsed now only to fail up front on a bad pipeline; each callable kind gets its own copy later.
        if (!defaultPipeline.get().isBlank()) parser.parseInto(defaultPipeline.get(), new OpPassManager("func.func"));
        return out;
    }

    private OpPassManager pipelineFor(String opName, Map<String, OpPassManager> pipelines) throws PipelineException {
        OpPassManager pm = pipelines.get(opName);
        if (pm != null) return pm;
        pm = new OpPassManager(opName);
        if (!defaultPipeline.get().isBlank()) {
            new PipelineParser(PassRegistry.withBuiltins()).parseInto(defaultPipeline.get(), pm);
        }
        pipelines.put(opName, pm);
        return pm;
    }

    private boolean optimize(List<Operation> scc, Map<String, OpPassManager> pipelines) {
        for (Operation node : scc) {
            if (CallGraph.body(node) == null) continue;
            OpPassManager pm;
            try {
                pm = pipelineFor(node.name(), pipelines);
            } catch (PipelineException e) {
                getContext().diagnostics().emitError(node.location(), "invalid optimizer pipeline: " + e.getMessage());
                return false;
            }
            if (pm.size() == 0) continue;
            if (!PassManager.of(pm.copy()).enableThreading(false).enableVerifier(false).run(node)) return false;
        }
        return true;
    }

    /**
     * One round of inlining in {@code scc}, over MLIR's call worklist: the calls of each callable in order, then the
     * calls each inlined body brings in, appended. Each of those remembers the callees inlined on the way to it
     * (MLIR's inline history): a call is not inlined into a chain that already went through its callee, so recursion
     * through another SCC ends. Returns the count.
     */
    private long inlineCalls(CallGraph graph, List<Operation> scc) {
        long count = 0;
        PatternRewriter rewriter = new PatternRewriter(getContext());
        for (Operation source : scc) {
            List<Operation> calls = new ArrayList<>(CallGraph.calls(source));
            Map<Operation, Set<Operation>> history = new IdentityHashMap<>();
            for (int i = 0; i < calls.size(); i++) {
                Operation call = calls.get(i);
                Operation target = CallGraph.resolve(call);
                Set<Operation> inlinedOnTheWay = history.getOrDefault(call, Set.of());
                if (target == null || inlinedOnTheWay.contains(target) || !shouldInline(graph, call, source, target)) {
                    continue;
                }
                List<org.jmlir.ir.Value> args = new ArrayList<>(CallGraph.call(call).argOperands(call));
                List<Operation> inlined = InlineCall.inline(rewriter, call, CallGraph.body(target), args);
                if (inlined == null) continue;
                count++;
                Set<Operation> nextHistory = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
                nextHistory.addAll(inlinedOnTheWay);
                nextHistory.add(target);
                for (Operation brought : CallGraph.callsIn(inlined)) {
                    history.put(brought, nextHistory);
                    calls.add(brought);
                }
            }
        }
        return count;
    }

    private boolean shouldInline(CallGraph graph, Operation call, Operation source, Operation target) {
        if (call.hasTrait(Trait.TERMINATOR) || call.attr("no_inline") != null || target.attr("no_inline") != null) {
            return false;
        }
        Set<Operation> targetCalls = graph.callees(target);
        if (targetCalls.contains(target) || targetCalls.contains(source)) return false;
        Region body = CallGraph.body(target);
        if (body.isAncestorOf(call.parentRegion())) return false;
        if (body.blocks().size() > 1) {
            Operation parent = call.parentOp();
            boolean multiBlockOk = parent.name().equals(target.name())
                || (parent.isRegistered() && !parent.hasTrait(Trait.SINGLE_BLOCK)
                    && parent.definition().implicitTerminator() == null);
            if (!multiBlockOk) return false;
        }
        return profitable(source, target);
    }

    /** MLIR's isProfitableToInline: the callee's op count at most the threshold, in percent of the caller's. */
    private boolean profitable(Operation source, Operation target) {
        long threshold = inliningThreshold.get();
        if (threshold == 4294967295L) return true;
        long callerOps = countOps(CallGraph.body(source));
        if (callerOps == 0) return true;
        return countOps(CallGraph.body(target)) * 100 / callerOps <= threshold;
    }

    private static long countOps(Region r) {
        long[] n = {0};
        for (Block b : r.blocks()) for (Operation op : b) op.walk(x -> n[0]++);
        return n[0];
    }

    /** Non-public callables nothing outside them refers to any more go, as the inliner's use list finds them dead. */
    private void eraseDeadCallables(CallGraph graph) {
        Set<Operation> nodes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        nodes.addAll(graph.nodes());
        Map<Operation, Integer> uses = new IdentityHashMap<>();
        getOperation().walk(op -> {
            Operation node = op;
            while (node != null && !nodes.contains(node)) node = node.parentOp();
            Operation user = node;
            Symbols.forEachRef(op, ref -> {
                Operation target = SymbolTable.lookupNearestSymbolFrom(op, ref);
                if (target != null && target != user) uses.merge(target, 1, Integer::sum);
            });
        });
        for (Operation node : graph.nodes()) {
            if (node.block() == null || !Symbols.isSymbol(node) || Symbols.isPublic(node)) continue;
            if (uses.getOrDefault(node, 0) == 0) node.erase();
        }
    }
}
