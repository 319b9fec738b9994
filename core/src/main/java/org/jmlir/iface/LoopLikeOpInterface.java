package org.jmlir.iface;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;

/** A loop (MLIR's LoopLikeOpInterface): scf.for, scf.while, scf.parallel, affine.for... */
public interface LoopLikeOpInterface {
    /** The regions that form the loop body (executed repeatedly). */
    List<Region> loopRegions(Operation loop);

    /** Whether {@code value} is defined outside the loop, so that it is invariant in it. */
    default boolean isDefinedOutsideOfLoop(Operation loop, Value value) {
        Region r = value.parentRegion();
        return r == null || !loop.isAncestorOf(r.parentOp());
    }

    /** Moves {@code op} out of the loop, right before it (hoisting). */
    default void moveOutOfLoop(Operation loop, Operation op) { op.moveBefore(loop); }
}
