package org.jmlir.ods;

import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.type.IntegerType;

/**
 * The counts of regions, results, successors and operands an op definition implies, checked in that order with the
 * messages of MLIR's count traits (ZeroOperands, NOperands, AtLeastNOperands, ...), then the segment-size properties
 * of ops with several variable-length groups (AttrSizedOperandSegments).
 */
final class ArityVerifier {
    private ArityVerifier() {}

    static boolean verifyCounts(Operation op, OpDef def) {
        return verifyRegionCount(op, def.regions()) && verifyResultCount(op, def.results())
            && verifySuccessorCount(op, def.successors()) && verifyOperandCount(op, def.operands());
    }

    private static boolean verifyRegionCount(Operation op, List<RegionDef> defs) {
        int fixed = 0;
        boolean variadic = false;
        for (RegionDef d : defs) if (d.variadic()) variadic = true; else fixed++;
        int n = op.numRegions();
        if (variadic) {
            return fixed == 0 || n >= fixed || op.emitOpError("expected " + fixed + " or more regions").fail();
        }
        if (n == fixed) return true;
        return op.emitOpError(fixed == 0 ? "requires zero regions"
            : fixed == 1 ? "requires one region" : "expected " + fixed + " regions").fail();
    }

    private static boolean verifyResultCount(Operation op, List<ValueDef> defs) {
        int fixed = fixedCount(defs);
        int n = op.numResults();
        if (fixed < defs.size()) {
            return fixed == 0 || n >= fixed || op.emitOpError("expected " + fixed + " or more results").fail();
        }
        if (n == fixed) return true;
        return op.emitOpError(fixed == 0 ? "requires zero results"
            : fixed == 1 ? "requires one result" : "expected " + fixed + " results").fail();
    }

    private static boolean verifyOperandCount(Operation op, List<ValueDef> defs) {
        int fixed = fixedCount(defs);
        int n = op.numOperands();
        if (fixed < defs.size()) {
            return fixed == 0 || n >= fixed
                || op.emitOpError("expected " + fixed + " or more operands, but found " + n).fail();
        }
        if (n == fixed) return true;
        return op.emitOpError(fixed == 0 ? "requires zero operands"
            : fixed == 1 ? "requires a single operand" : "expected " + fixed + " operands, but found " + n).fail();
    }

    private static boolean verifySuccessorCount(Operation op, List<SuccessorDef> defs) {
        int fixed = 0;
        boolean variadic = false;
        for (SuccessorDef d : defs) if (d.variadic()) variadic = true; else fixed++;
        int n = op.numSuccessors();
        if (variadic) {
            if (fixed == 0) return true;
            if (n < fixed) {
                return op.emitOpError("requires at least " + fixed + " successors but found " + n).fail();
            }
        } else if (n != fixed) {
            String what = fixed == 1 ? "1 successor" : fixed + " successors";
            return op.emitOpError("requires " + what + " but found " + n).fail();
        }
        return fixed == 0 || verifySuccessorsInParentRegion(op);
    }

    /** MLIR's successor-count traits also require the successors to be blocks of the op's own region. */
    private static boolean verifySuccessorsInParentRegion(Operation op) {
        Region parent = op.parentRegion();
        for (int i = 0; i < op.numSuccessors(); i++) {
            Block succ = op.successor(i);
            if (succ.parent() != parent) return op.emitError("reference to block defined in another region").fail();
        }
        return true;
    }

    private static int fixedCount(List<ValueDef> defs) {
        int fixed = 0;
        for (ValueDef d : defs) if (!d.arity().isVariable()) fixed++;
        return fixed;
    }

    /** The {@code operandSegmentSizes}/{@code resultSegmentSizes} properties: present, well formed, adding up. */
    static boolean verifySegments(Operation op, OpDef def) {
        if (def.hasOperandSegments() && !verifySegmentSizes(op, OpDef.OPERAND_SEGMENT_SIZES, "operand",
            def.operands().size(), op.numOperands())) {
            return false;
        }
        return !def.hasResultSegments() || verifySegmentSizes(op, OpDef.RESULT_SEGMENT_SIZES, "result",
            def.results().size(), op.numResults());
    }

    private static boolean verifySegmentSizes(Operation op, String attrName, String kind, int groups, int count) {
        Attribute a = op.attr(attrName);
        if (!(a instanceof DenseArrayAttr sizes) || !sizes.elementType().equals(IntegerType.I32) || sizes.ints() == null) {
            return op.emitOpError("requires dense i32 array attribute '" + attrName + "'").fail();
        }
        long total = 0;
        for (long s : sizes.ints()) {
            if (s < 0) return op.emitOpError("'" + attrName + "' attribute cannot have negative elements").fail();
            total += s;
        }
        if (total != count) {
            return op.emitOpError(kind + " count (" + count + ") does not match with the total size (" + total
                + ") specified in attribute '" + attrName + "'").fail();
        }
        if (sizes.size() != groups) {
            return op.emitOpError("'" + attrName + "' attribute for specifying " + kind + " segments must have "
                + groups + " elements, but got " + sizes.size()).fail();
        }
        return true;
    }
}
