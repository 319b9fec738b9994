package org.jmlir.dialect.scf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jmlir.asm.AsmText;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.Segments;

/**
 * The checks of the scf ops, with upstream's messages and in upstream's order: {@code xxxOp} methods run before the
 * nested ops are verified (MLIR's verify()), {@code xxxRegions} after (verifyRegions and the LoopLike and
 * RegionBranch interface checks, which MLIR also runs after the regions).
 */
final class ScfVerifiers {
    private ScfVerifiers() {}

    private static String q(Type t) { return "'" + AsmText.of(t) + "'"; }

    /** The last op of a region's entry block if it has the given name, else null. */
    private static Operation terminator(Region r, String name) {
        Operation t = AsmSupport.terminatorOf(r);
        return t != null && t.name().equals(name) ? t : null;
    }

    /** MLIR's verifyAndGetTerminator: the region must end with {@code name}; a note points at what it ends with. */
    private static Operation requireTerminator(Operation op, Region r, String name, String message) {
        Operation t = terminator(r, name);
        if (t != null) return t;
        var d = op.emitOpError(message);
        Operation last = AsmSupport.terminatorOf(r);
        if (last != null) d.attachNote(last.location(), "terminator here");
        return null;
    }

    // ---- scf.for

    static boolean forOp(Operation op) {
        Type t = op.operand(0).type();
        if (!op.operand(1).type().equals(t) || !op.operand(2).type().equals(t)) {
            return op.emitOpError("failed to verify that all of {lowerBound, upperBound, step} have same type").fail();
        }
        return true;
    }

    static boolean forRegions(Operation op) {
        Region body = op.region(0);
        if (body.isEmpty()) return true;
        Block b = body.entryBlock();
        if (b.numArguments() == 0) return op.emitOpError("expected body to have an induction variable").fail();
        List<BlockArgument> iterArgs = b.arguments().subList(1, b.numArguments());
        List<Value> inits = op.operands().subList(3, op.numOperands());
        Operation yield = terminator(body, "scf.yield");
        List<Value> yielded = yield == null ? List.of() : yield.operands();
        if (!loopLike(op, inits, iterArgs, yielded, op.resultTypes())) return false;
        if (!RegionEdges.check(op, op, RegionEdges.PARENT, RegionEdges.region(0), inits, RegionEdges.types(iterArgs))) {
            return false;
        }
        if (yield != null) {
            String from = RegionEdges.from(yield);
            if (!RegionEdges.check(op, yield, from, RegionEdges.region(0), yielded, RegionEdges.types(iterArgs))
                || !RegionEdges.check(op, yield, from, RegionEdges.PARENT, yielded, op.resultTypes())) {
                return false;
            }
        }
        if (!b.argument(0).type().equals(op.operand(0).type())) {
            return op.emitOpError("expected induction variable to be same type as bounds and step").fail();
        }
        return true;
    }

    /** MLIR's LoopLikeOpInterface check: counts and types of inits, region iter_args, yielded values and results. */
    private static boolean loopLike(Operation op, List<Value> inits, List<BlockArgument> iterArgs, List<Value> yielded,
                                    List<Type> results) {
        if (inits.size() != iterArgs.size()) {
            return op.emitOpError("different number of inits and region iter_args: " + inits.size() + " != "
                + iterArgs.size()).fail();
        }
        if (!yielded.isEmpty() && iterArgs.size() != yielded.size()) {
            return op.emitOpError("different number of region iter_args and yielded values: " + iterArgs.size()
                + " != " + yielded.size()).fail();
        }
        if (results.size() != iterArgs.size()) {
            return op.emitOpError("different number of loop results and region iter_args: " + results.size()
                + " != " + iterArgs.size()).fail();
        }
        for (int i = 0; i < inits.size(); i++) {
            Type arg = iterArgs.get(i).type();
            if (!inits.get(i).type().equals(arg)) {
                return op.emitOpError(i + "-th init and " + i + "-th region iter_arg have different type: "
                    + q(inits.get(i).type()) + " != " + q(arg)).fail();
            }
            if (!yielded.isEmpty() && !arg.equals(yielded.get(i).type())) {
                return op.emitOpError(i + "-th region iter_arg and " + i + "-th yielded value have different type: "
                    + q(arg) + " != " + q(yielded.get(i).type())).fail();
            }
        }
        for (int i = 0; i < results.size(); i++) {
            // Upstream never advances its counter here, so every message says "0-th".
            if (!iterArgs.get(i).type().equals(results.get(i))) {
                return op.emitOpError("0-th region iter_arg and 0-th loop result have different type: "
                    + q(iterArgs.get(i).type()) + " != " + q(results.get(i))).fail();
            }
        }
        return true;
    }

    // ---- scf.forall

    static boolean forall(Operation op) {
        List<Value> outputs = Segments.operands(op, "outputs");
        if (op.numResults() != outputs.size()) {
            return op.emitOpError("produces " + op.numResults() + " results, but has only " + outputs.size()
                + " outputs").fail();
        }
        int rank = ForallSyntax.statics(op, "staticLowerBound").length;
        Region r = op.region(0);
        if (!r.isEmpty()) {
            Block b = r.entryBlock();
            // Upstream's message counts the induction variables only.
            if (b.numArguments() != rank + outputs.size()) {
                return op.emitOpError("region expects " + rank + " arguments").fail();
            }
            for (int i = 0; i < rank; i++) {
                if (!(b.argument(i).type() instanceof IndexType)) {
                    return op.emitOpError("expects " + i + "-th block argument to be an index").fail();
                }
            }
            for (int i = 0; i < outputs.size(); i++) {
                if (!b.argument(rank + i).type().equals(outputs.get(i).type())) {
                    return op.emitOpError("type mismatch between " + i + "-th output and corresponding block argument")
                        .fail();
                }
            }
        }
        if (op.attr("mapping") instanceof org.jmlir.ir.attr.ArrayAttr m && m.size() > 0 && m.size() != rank) {
            return op.emitOpError("mapping attribute size must match op rank").fail();
        }
        String[][] lists = {{"lower bound", "staticLowerBound", "dynamicLowerBound"},
            {"upper bound", "staticUpperBound", "dynamicUpperBound"}, {"step", "staticStep", "dynamicStep"}};
        for (String[] l : lists) {
            long[] statics = ForallSyntax.statics(op, l[1]);
            if (statics.length != rank) {
                return op.emitError("expected " + rank + " " + l[0] + " values, got " + statics.length).fail();
            }
            long dynamic = java.util.Arrays.stream(statics).filter(v -> v == org.jmlir.ir.type.ShapedType.DYNAMIC).count();
            if (Segments.operands(op, l[2]).size() != dynamic) {
                return op.emitError("expected " + dynamic + " dynamic " + l[0] + " values").fail();
            }
        }
        return true;
    }

    /** Only ops that combine into the shared outputs (tensor.parallel_insert_slice) may appear. */
    static boolean inParallel(Operation op) {
        if (op.region(0).isEmpty()) return true;
        for (Operation o : op.region(0).entryBlock()) {
            if (!o.name().equals("tensor.parallel_insert_slice")) {
                return op.emitOpError("expected only ParallelCombiningOpInterface ops").fail();
            }
        }
        return true;
    }

    // ---- scf.if

    static boolean ifOp(Operation op) {
        if (op.numResults() > 0 && op.region(1).isEmpty()) {
            return op.emitOpError("must have an else block if defining values").fail();
        }
        return true;
    }

    static boolean ifRegions(Operation op) {
        for (Region r : op.regions()) {
            Operation yield = terminator(r, "scf.yield");
            if (yield != null && !RegionEdges.check(op, yield, RegionEdges.from(yield), RegionEdges.PARENT,
                yield.operands(), op.resultTypes())) {
                return false;
            }
        }
        return true;
    }

    // ---- scf.while

    static boolean whileOp(Operation op) {
        return requireTerminator(op, op.region(0), "scf.condition",
            "expects the 'before' region to terminate with 'scf.condition'") != null
            && requireTerminator(op, op.region(1), "scf.yield",
            "expects the 'after' region to terminate with 'scf.yield'") != null;
    }

    static boolean whileRegions(Operation op) {
        Region before = op.region(0), after = op.region(1);
        if (before.isEmpty() || after.isEmpty()) return true;
        List<Type> beforeArgs = before.entryBlock().argumentTypes();
        if (!RegionEdges.check(op, op, RegionEdges.PARENT, RegionEdges.region(0), op.operands(), beforeArgs)) {
            return false;
        }
        Operation cond = terminator(before, "scf.condition");
        if (cond != null) {
            List<Value> forwarded = cond.operands().subList(1, cond.numOperands());
            String from = RegionEdges.from(cond);
            if (!RegionEdges.check(op, cond, from, RegionEdges.region(1), forwarded, after.entryBlock().argumentTypes())
                || !RegionEdges.check(op, cond, from, RegionEdges.PARENT, forwarded, op.resultTypes())) {
                return false;
            }
        }
        Operation yield = terminator(after, "scf.yield");
        return yield == null
            || RegionEdges.check(op, yield, RegionEdges.from(yield), RegionEdges.region(0), yield.operands(), beforeArgs);
    }

    // ---- scf.parallel and its reductions

    static boolean parallelOp(Operation op) {
        List<Value> steps = Segments.operands(op, "step");
        if (steps.isEmpty()) {
            return op.emitOpError("needs at least one tuple element for lowerBound, upperBound and step").fail();
        }
        for (Value s : steps) {
            Operation def = s.definingOp();
            if (def != null && def.name().equals("arith.constant") && def.attr("value") instanceof IntegerAttr c
                && c.value().signum() <= 0) {
                return op.emitOpError("constant step operand must be positive").fail();
            }
        }
        Region body = op.region(0);
        if (body.isEmpty()) return true;
        Block b = body.entryBlock();
        if (b.numArguments() != steps.size()) {
            return op.emitOpError("expects the same number of induction variables: " + b.numArguments()
                + " as bound and step values: " + steps.size()).fail();
        }
        for (BlockArgument a : b.arguments()) {
            if (!(a.type() instanceof IndexType)) {
                return op.emitOpError("expects arguments for the induction variable to be of index type").fail();
            }
        }
        Operation reduce = requireTerminator(op, body, "scf.reduce", "expects body to terminate with 'scf.reduce'");
        if (reduce == null) return false;
        int results = op.numResults(), reductions = reduce.numOperands();
        int inits = Segments.operands(op, "initVals").size();
        if (results != reductions) {
            return op.emitOpError("expects number of results: " + results + " to be the same as number of reductions: "
                + reductions).fail();
        }
        if (results != inits) {
            return op.emitOpError("expects number of results: " + results
                + " to be the same as number of initial values: " + inits).fail();
        }
        for (int i = 0; i < results; i++) {
            Type operand = reduce.operand(i).type(), result = op.result(i).type();
            if (!operand.equals(result)) {
                return reduce.emitOpError("expects type of " + i + "-th reduction operand: " + q(operand)
                    + " to be the same as the " + i + "-th result type: " + q(result)).fail();
            }
        }
        return true;
    }

    static boolean reduceRegions(Operation op) {
        for (int i = 0; i < op.numRegions() && i < op.numOperands(); i++) {
            Type type = op.operand(i).type();
            Region r = op.region(i);
            if (r.isEmpty() || r.entryBlock().isEmpty()) {
                return op.emitOpError(i + "-th reduction has an empty body").fail();
            }
            Block b = r.entryBlock();
            if (b.numArguments() != 2 || !b.argument(0).type().equals(type) || !b.argument(1).type().equals(type)) {
                return op.emitOpError("expected two block arguments with type " + q(type) + " in the " + i
                    + "-th reduction region").fail();
            }
            if (!b.lastOp().name().equals("scf.reduce.return")) {
                return op.emitOpError("reduction bodies must be terminated with an 'scf.reduce.return' op").fail();
            }
        }
        return true;
    }

    static boolean reduceReturn(Operation op) {
        Operation reduce = op.parentOp();
        if (reduce == null || !reduce.name().equals("scf.reduce")) return true;
        int index = op.parentRegion().indexInParent();
        if (index < 0 || index >= reduce.numOperands()) return true;
        Type expected = reduce.operand(index).type();
        if (!op.operand(0).type().equals(expected)) {
            return op.emitOpError("must have type " + q(expected) + " (the type of the reduction inputs)").fail();
        }
        return true;
    }

    // ---- scf.execute_region

    static boolean executeRegion(Operation op) {
        Region r = op.region(0);
        if (r.isEmpty()) return op.emitOpError("region needs to have at least one block").fail();
        if (r.entryBlock().numArguments() > 0) return op.emitOpError("region cannot have any arguments").fail();
        return true;
    }

    static boolean executeRegionRegions(Operation op) {
        for (Block b : op.region(0).blocks()) {
            Operation t = b.lastOp();
            if (t != null && t.name().equals("scf.yield") && !RegionEdges.check(op, t, RegionEdges.from(t),
                RegionEdges.PARENT, t.operands(), op.resultTypes())) {
                return false;
            }
        }
        return true;
    }

    // ---- scf.index_switch

    static boolean indexSwitch(Operation op) {
        if (!(op.attr("cases") instanceof DenseArrayAttr cases) || cases.ints() == null) return true;
        int caseRegions = op.numRegions() - 1;
        if (cases.size() != caseRegions) {
            return op.emitOpError("has " + caseRegions + " case regions but " + cases.size() + " case values").fail();
        }
        Set<Long> seen = new HashSet<>();
        for (long c : cases.ints()) {
            if (!seen.add(c)) return op.emitOpError("has duplicate case value: " + c).fail();
        }
        if (!switchRegion(op, op.region(0), "default region")) return false;
        for (int i = 0; i < caseRegions; i++) {
            if (!switchRegion(op, op.region(i + 1), "case region #" + i)) return false;
        }
        return true;
    }

    private static boolean switchRegion(Operation op, Region r, String name) {
        Operation t = AsmSupport.terminatorOf(r);
        if (t == null) return true;
        if (!t.name().equals("scf.yield")) {
            return op.emitOpError("expected region to end with scf.yield, but got " + t.name()).fail();
        }
        if (t.numOperands() != op.numResults()) {
            op.emitOpError("expected each region to return " + op.numResults() + " values, but " + name + " returns "
                + t.numOperands()).attachNote(t.location(), "see yield operation here");
            return false;
        }
        for (int i = 0; i < op.numResults(); i++) {
            Type expected = op.result(i).type(), actual = t.operand(i).type();
            if (!expected.equals(actual)) {
                op.emitOpError("expected result #" + i + " of each region to be " + q(expected))
                    .attachNote(t.location(), name + " returns " + q(actual) + " here");
                return false;
            }
        }
        return true;
    }
}
