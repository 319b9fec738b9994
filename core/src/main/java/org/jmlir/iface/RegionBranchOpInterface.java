package org.jmlir.iface;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;

/**
 * An op with regions whose control flow it describes (MLIR's RegionBranchOpInterface): scf.if, scf.for, scf.while,
 * scf.execute_region... Dataflow analyses, sccp, control-flow-sink and region simplification use it.
 */
public interface RegionBranchOpInterface {
    /**
     * The possible successors when control is at {@code from}: null means "entering the op from its parent";
     * otherwise a region of {@code op} whose terminator is yielding. {@code constantOperands} (one per operand of
     * {@code op}, null where unknown) may be used to prune successors that cannot be taken.
     */
    List<RegionSuccessor> successors(Operation op, Region from, List<Attribute> constantOperands);

    /**
     * For each region of {@code op}, how often it may run per execution of the op, given the operands' constant
     * values (null where unknown): MLIR's getRegionInvocationBounds. scf.if answers "at most once" per region
     * (exactly once or never when the condition is constant), which lets control-flow-sink move ops into it. The
     * default knows nothing.
     */
    default List<InvocationBounds> regionInvocationBounds(Operation op, List<Attribute> constantOperands) {
        return java.util.Collections.nCopies(op.numRegions(), InvocationBounds.UNKNOWN);
    }

    /** The operands of {@code op} forwarded to {@code successor} when control enters from the parent. */
    List<Value> entrySuccessorOperands(Operation op, RegionSuccessor successor);
}
