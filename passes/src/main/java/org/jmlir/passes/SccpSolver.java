package org.jmlir.passes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmlir.iface.BranchOpInterface;
import org.jmlir.iface.RegionBranchOpInterface;
import org.jmlir.iface.RegionBranchTerminatorOpInterface;
import org.jmlir.iface.RegionSuccessor;
import org.jmlir.ir.Block;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.OpOperand;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ods.FoldHook;
import org.jmlir.ods.Trait;
import org.jmlir.rewrite.TraitFolding;

/**
 * Sparse conditional constant propagation with dead-code analysis (MLIR's DeadCodeAnalysis and
 * SparseConstantPropagation, run to a fixed point together): blocks are live once an edge into them is; ops in live
 * blocks are folded on their operands' lattice values; branches with known conditions make only one edge live;
 * region ops enter the regions their interface allows. Callables with possible unknown callers (public ones, ones
 * used other than by calls) are live with overdefined arguments; others become live when a live call reaches them.
 * The arguments of callables only live calls reach join those calls' operands, and call results join what the
 * callee returns. Iterative: deep or large IR cannot overflow the stack.
 */
final class SccpSolver {
    private final Map<Value, ConstantLattice> lattice = new IdentityHashMap<>();
    private final Set<Block> liveBlocks = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ArrayDeque<Operation> work = new ArrayDeque<>();
    private final Set<Operation> queued = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Operation> unknownCallers = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The live calls of each callable, whose results join what the callable returns. */
    private final Map<Operation, Set<Operation>> liveCalls = new IdentityHashMap<>();

    ConstantLattice get(Value v) { return lattice.getOrDefault(v, ConstantLattice.UNINITIALIZED); }

    boolean isLive(Block b) { return liveBlocks.contains(b); }

    void solve(Operation root) {
        findCallablesWithUnknownCallers(root);
        for (Region r : root.regions()) if (!r.isEmpty()) markLive(r.entryBlock());
        while (!work.isEmpty()) {
            Operation op = work.poll();
            queued.remove(op);
            visit(op);
        }
    }

    // ---- callables

    /** Public callables and those referenced other than as a call's callee may be called from anywhere. */
    private void findCallablesWithUnknownCallers(Operation root) {
        Set<Operation> referencedOtherwise = Collections.newSetFromMap(new IdentityHashMap<>());
        root.walk(op -> Symbols.forEachRef(op, ref -> {
            if (CallGraph.call(op) != null && ref.equals(CallGraph.call(op).callee(op))) return;
            Operation t = org.jmlir.ir.SymbolTable.lookupNearestSymbolFrom(op, ref);
            if (t != null) referencedOtherwise.add(t);
        }));
        root.walk(op -> {
            if (CallGraph.callable(op) == null) return;
            if (!Symbols.isSymbol(op) || Symbols.isPublic(op) || referencedOtherwise.contains(op)) unknownCallers.add(op);
        });
    }

    /**
     * A live call: a callable only calls reach has its arguments joined from the call's operands; the results are
     * what the callable's live returns return (upstream's interprocedural propagation). Unresolved calls are opaque.
     */
    private void visitCall(Operation call) {
        Operation target = CallGraph.resolve(call);
        if (target == null) {
            setOverdefined(call.results());
            return;
        }
        liveCalls.computeIfAbsent(target, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(call);
        Region body = CallGraph.body(target);
        if (!unknownCallers.contains(target)) {
            List<Value> args = CallGraph.call(call).argOperands(call);
            List<? extends Value> params = body.entryBlock().arguments();
            for (int i = 0; i < params.size(); i++) {
                join(params.get(i), i < args.size() ? get(args.get(i)) : ConstantLattice.OVERDEFINED);
            }
            markLive(body.entryBlock());
        }
        for (Block b : body.blocks()) {
            Operation term = b.lastOp();
            if (liveBlocks.contains(b) && term != null && term.hasTrait(Trait.RETURN_LIKE)) joinReturn(term, call);
        }
    }

    private void joinReturn(Operation ret, Operation call) {
        for (int i = 0; i < call.numResults(); i++) {
            join(call.result(i), i < ret.numOperands() ? get(ret.operand(i)) : ConstantLattice.OVERDEFINED);
        }
    }

    private void enterCallable(Operation callable) {
        Region body = CallGraph.callable(callable).callableRegion(callable);
        if (body == null || body.isEmpty()) return;
        for (Value a : body.entryBlock().arguments()) join(a, ConstantLattice.OVERDEFINED);
        markLive(body.entryBlock());
    }

    // ---- liveness and lattice updates

    private void markLive(Block b) {
        if (!liveBlocks.add(b)) return;
        for (Operation op : b) enqueue(op);
    }

    private void enqueue(Operation op) {
        if (queued.add(op)) work.add(op);
    }

    private void join(Value v, ConstantLattice in) {
        ConstantLattice old = get(v), now = old.join(in);
        if (now.equals(old)) return;
        lattice.put(v, now);
        for (OpOperand u = v.firstUse(); u != null; u = u.nextUse()) {
            Operation user = u.owner();
            if (user.block() != null && liveBlocks.contains(user.block())) enqueue(user);
        }
    }

    private void setOverdefined(List<? extends Value> values) {
        for (Value v : values) join(v, ConstantLattice.OVERDEFINED);
    }

    /** Constant operand values, null entries where not constant; null when some operand is still uninitialized. */
    private List<Attribute> operandConstants(Operation op) {
        List<Attribute> out = new ArrayList<>(op.numOperands());
        for (int i = 0; i < op.numOperands(); i++) {
            ConstantLattice l = get(op.operand(i));
            if (l.isUninitialized()) return null;
            out.add(l.isConstant() ? l.value() : null);
        }
        return out;
    }

    // ---- transfer functions

    private void visit(Operation op) {
        if (CallGraph.callable(op) != null) {
            if (unknownCallers.contains(op)) enterCallable(op);
            return; // otherwise entered by live calls
        }
        if (CallGraph.call(op) != null) {
            visitCall(op);
            return;
        }
        if (op.numRegions() > 0) {
            visitRegionOp(op);
            return;
        }
        if (op.mightBeTerminator() && op.numSuccessors() > 0) {
            visitBranch(op);
            return;
        }
        if (op.mightBeTerminator() && op.parentOp() != null && CallGraph.callable(op.parentOp()) != null) {
            if (op.hasTrait(Trait.RETURN_LIKE)) {
                for (Operation call : liveCalls.getOrDefault(op.parentOp(), Set.of())) joinReturn(op, call);
            }
            return;
        }
        if (op.mightBeTerminator() && op.parentOp() != null && regionBranch(op.parentOp()) != null) {
            visitRegionTerminator(op, op.parentOp());
            return;
        }
        visitPlainOp(op);
    }

    private static RegionBranchOpInterface regionBranch(Operation op) {
        return op.isRegistered() ? op.definition().getInterface(RegionBranchOpInterface.class) : null;
    }

    private void visitBranch(Operation op) {
        BranchOpInterface branch = op.isRegistered() ? op.definition().getInterface(BranchOpInterface.class) : null;
        if (branch == null) { // unknown control flow: every successor, arguments unknown
            for (Block s : op.successors()) {
                setOverdefined(s.arguments());
                markLive(s);
            }
            return;
        }
        List<Attribute> constants = operandConstants(op);
        if (constants == null) return; // wait until every operand is known
        Block only = branch.successorForOperands(op, constants);
        for (int i = 0; i < op.numSuccessors(); i++) {
            Block s = op.successor(i);
            if (only != null && s != only) continue;
            BranchOpInterface.SuccessorOperands range = branch.successorOperands(op, i);
            for (int a = 0; a < s.numArguments(); a++) {
                join(s.argument(a), a < range.length() ? get(op.operand(range.start() + a))
                    : ConstantLattice.OVERDEFINED);
            }
            markLive(s);
        }
    }

    private void visitRegionOp(Operation op) {
        RegionBranchOpInterface branch = regionBranch(op);
        if (branch == null) { // unknown region semantics: regions entered with unknown arguments, results unknown
            for (Region r : op.regions()) {
                if (r.isEmpty()) continue;
                setOverdefined(r.entryBlock().arguments());
                markLive(r.entryBlock());
            }
            setOverdefined(op.results());
            return;
        }
        List<Attribute> constants = operandConstants(op);
        if (constants == null) return;
        for (RegionSuccessor s : branch.successors(op, null, constants)) {
            flowInto(op, s, branch.entrySuccessorOperands(op, s));
        }
    }

    private void visitRegionTerminator(Operation term, Operation parent) {
        RegionBranchOpInterface branch = regionBranch(parent);
        RegionBranchTerminatorOpInterface forwards = term.isRegistered()
            ? term.definition().getInterface(RegionBranchTerminatorOpInterface.class) : null;
        if (forwards == null && !term.hasTrait(Trait.RETURN_LIKE)) return;
        for (RegionSuccessor s : branch.successors(parent, term.parentRegion(), null)) {
            flowInto(parent, s, forwards != null ? forwards.successorOperands(term, s) : term.operands());
        }
    }

    /** Values {@code forwarded} flow into the successor's inputs; its other entry arguments are unknown. */
    private void flowInto(Operation op, RegionSuccessor s, List<Value> forwarded) {
        List<? extends Value> inputs = s.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            join(inputs.get(i), i < forwarded.size() ? get(forwarded.get(i)) : ConstantLattice.OVERDEFINED);
        }
        if (s.isParent()) return;
        Block entry = s.region().entryBlock();
        if (entry == null) return;
        Set<Value> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        covered.addAll(inputs);
        for (Value a : entry.arguments()) if (!covered.contains(a)) join(a, ConstantLattice.OVERDEFINED);
        markLive(entry);
    }

    /** Folds the op on its operands' constants without changing it (an in-place fold is undone: overdefined). */
    private void visitPlainOp(Operation op) {
        if (op.numResults() == 0) return;
        List<Attribute> constants = operandConstants(op);
        if (constants == null) return;
        List<OpFoldResult> folded = op.isRegistered() ? simulateFold(op, constants) : null;
        if (folded == null || folded.size() != op.numResults()) {
            setOverdefined(op.results());
            return;
        }
        Dialect dialect = op.context().dialect(op.operationName().dialectNamespace());
        for (int i = 0; i < folded.size(); i++) {
            OpFoldResult r = folded.get(i);
            if (r instanceof OpFoldResult.Const c) join(op.result(i), ConstantLattice.constant(c.attribute(), dialect));
            else if (r instanceof OpFoldResult.Val v) join(op.result(i), get(v.value()));
        }
    }

    private static List<OpFoldResult> simulateFold(Operation op, List<Attribute> constants) {
        List<Value> operands = op.operands();
        DictionaryAttr attrs = op.attributes(), props = op.properties();
        FoldHook hook = op.definition().folder();
        List<OpFoldResult> r = hook == null ? null : hook.fold(op, constants);
        if (r == null || r == FoldHook.IN_PLACE || isSelf(op, r)) r = TraitFolding.fold(op, constants);
        boolean inPlace = r == FoldHook.IN_PLACE || isSelf(op, r);
        if (inPlace || !op.operands().equals(operands)) { // simulated execution must not rewrite the op
            op.setOperands(operands);
            op.setAttributes(attrs);
            op.setProperties(props);
            return null;
        }
        return r;
    }

    private static boolean isSelf(Operation op, List<OpFoldResult> r) {
        if (r == null || r.size() != op.numResults() || r.isEmpty()) return false;
        for (int i = 0; i < r.size(); i++) {
            if (!(r.get(i) instanceof OpFoldResult.Val v) || v.value() != op.result(i)) return false;
        }
        return true;
    }
}
