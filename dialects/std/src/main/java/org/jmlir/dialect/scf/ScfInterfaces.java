package org.jmlir.dialect.scf;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.iface.ConditionallySpeculatable;
import org.jmlir.iface.InvocationBounds;
import org.jmlir.iface.LoopLikeOpInterface;
import org.jmlir.iface.RegionBranchOpInterface;
import org.jmlir.iface.RegionBranchTerminatorOpInterface;
import org.jmlir.iface.RegionSuccessor;
import org.jmlir.iface.Speculatability;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;

/**
 * The control flow of scf's region ops as upstream describes it (RegionBranchOpInterface and friends), their loops
 * (LoopLikeOpInterface) and when they may be speculated. Transforms that reason about regions (control-flow-sink,
 * licm, sccp, region simplification) read these.
 */
final class ScfInterfaces {
    private ScfInterfaces() {}

    private static RegionSuccessor parent(Operation op) { return new RegionSuccessor(null, op.results()); }

    private static RegionSuccessor into(Region r) { return new RegionSuccessor(r, r.entryBlock().arguments()); }

    private static RegionSuccessor intoSkippingFirst(Region r) {
        var args = r.entryBlock().arguments();
        return new RegionSuccessor(r, args.subList(Math.min(1, args.size()), args.size()));
    }

    private static Boolean constantCondition(List<Attribute> constants, int index) {
        if (constants == null || constants.size() <= index) return null;
        Attribute a = constants.get(index);
        if (a instanceof IntegerAttr i) return i.value().signum() != 0;
        return null;
    }

    /** scf.if: enters the region the condition picks (both when unknown); an empty else region skips to the parent. */
    static final RegionBranchOpInterface IF = new RegionBranchOpInterface() {
        @Override
        public List<RegionSuccessor> successors(Operation op, Region from, List<Attribute> constants) {
            if (from != null) return List.of(parent(op));
            Boolean cond = constantCondition(constants, 0);
            Region thenRegion = op.region(0), elseRegion = op.region(1);
            List<RegionSuccessor> out = new ArrayList<>(2);
            if (cond == null || cond) out.add(into(thenRegion));
            if (cond == null || !cond) out.add(elseRegion.isEmpty() ? parent(op) : into(elseRegion));
            return out;
        }

        @Override
        public List<InvocationBounds> regionInvocationBounds(Operation op, List<Attribute> constants) {
            Boolean cond = constantCondition(constants, 0);
            if (cond == null) return List.of(new InvocationBounds(0, 1), new InvocationBounds(0, 1));
            InvocationBounds once = new InvocationBounds(1, 1), never = new InvocationBounds(0, 0);
            return cond ? List.of(once, never) : List.of(never, once);
        }

        @Override
        public List<Value> entrySuccessorOperands(Operation op, RegionSuccessor successor) { return List.of(); }
    };

    /** scf.for: the body may run any number of times, the loop-carried values flow into it and out to the results. */
    static final RegionBranchOpInterface FOR = new RegionBranchOpInterface() {
        @Override
        public List<RegionSuccessor> successors(Operation op, Region from, List<Attribute> constants) {
            return List.of(intoSkippingFirst(op.region(0)), parent(op));
        }

        @Override
        public List<Value> entrySuccessorOperands(Operation op, RegionSuccessor successor) {
            return op.operands().subList(3, op.numOperands());
        }
    };

    /** scf.while: parent → before; before → after or parent (through scf.condition); after → before. */
    static final RegionBranchOpInterface WHILE = new RegionBranchOpInterface() {
        @Override
        public List<RegionSuccessor> successors(Operation op, Region from, List<Attribute> constants) {
            Region before = op.region(0), after = op.region(1);
            if (from == null || from == after) return List.of(into(before));
            return List.of(into(after), parent(op));
        }

        @Override
        public List<Value> entrySuccessorOperands(Operation op, RegionSuccessor successor) { return op.operands(); }
    };

    /** scf.condition forwards the values after its condition. */
    static final RegionBranchTerminatorOpInterface CONDITION = (term, successor) ->
        term.operands().subList(1, term.numOperands());

    /** scf.execute_region: runs its region, then returns to the parent. */
    static final RegionBranchOpInterface EXECUTE_REGION = new RegionBranchOpInterface() {
        @Override
        public List<RegionSuccessor> successors(Operation op, Region from, List<Attribute> constants) {
            return from == null ? List.of(into(op.region(0))) : List.of(parent(op));
        }
        // No invocation bounds, as upstream: control-flow-sink leaves execute_region alone.

        @Override
        public List<Value> entrySuccessorOperands(Operation op, RegionSuccessor successor) { return List.of(); }
    };

    /** scf.index_switch: the matching case (the default region when none matches), or any region when unknown. */
    static final RegionBranchOpInterface INDEX_SWITCH = new RegionBranchOpInterface() {
        @Override
        public List<RegionSuccessor> successors(Operation op, Region from, List<Attribute> constants) {
            if (from != null) return List.of(parent(op));
            Attribute arg = constants == null || constants.isEmpty() ? null : constants.get(0);
            if (arg instanceof IntegerAttr i) {
                long[] cases = cases(op);
                for (int k = 0; k < cases.length; k++) {
                    if (i.value().longValue() == cases[k]) return List.of(into(op.region(k + 1)));
                }
                return List.of(into(op.region(0)));
            }
            List<RegionSuccessor> out = new ArrayList<>(op.numRegions());
            for (int k = 1; k < op.numRegions(); k++) out.add(into(op.region(k)));
            out.add(into(op.region(0)));
            return out;
        }

        @Override
        public List<InvocationBounds> regionInvocationBounds(Operation op, List<Attribute> constants) {
            List<InvocationBounds> out = new ArrayList<>(op.numRegions());
            for (int k = 0; k < op.numRegions(); k++) out.add(new InvocationBounds(0, 1));
            return out;
        }

        @Override
        public List<Value> entrySuccessorOperands(Operation op, RegionSuccessor successor) { return List.of(); }
    };

    private static long[] cases(Operation op) {
        return op.attr("cases") instanceof org.jmlir.ir.attr.DenseArrayAttr d ? d.ints() : new long[0];
    }

    /** The body of scf.for, scf.parallel and scf.forall. */
    static final LoopLikeOpInterface SINGLE_BODY_LOOP = loop -> List.of(loop.region(0));

    /** Both regions of scf.while run repeatedly. */
    static final LoopLikeOpInterface WHILE_LOOP = loop -> List.of(loop.region(0), loop.region(1));

    /**
     * scf.for may run speculatively only with a step of constant 1, as upstream: it ends for any bounds, while a
     * zero step never does and other steps may loop forever when the induction variable overflows.
     */
    static final ConditionallySpeculatable FOR_SPECULATION = op -> {
        Operation step = op.operand(2).definingOp();
        if (step != null && step.attr("value") instanceof IntegerAttr i && i.value().equals(java.math.BigInteger.ONE)
            && step.hasTrait(org.jmlir.ods.Trait.CONSTANT_LIKE)) {
            return Speculatability.RECURSIVELY_SPECULATABLE;
        }
        return Speculatability.NOT_SPECULATABLE;
    };

    /** scf.if is as speculatable as its regions. */
    static final ConditionallySpeculatable RECURSIVELY_SPECULATABLE = op -> Speculatability.RECURSIVELY_SPECULATABLE;
}
