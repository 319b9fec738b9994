package org.jmlir.iface;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;

/**
 * A terminator inside a region branch op that forwards values to a successor (scf.yield, scf.condition). Terminators
 * with the ReturnLike trait that do not implement this forward all their operands.
 */
@FunctionalInterface
public interface RegionBranchTerminatorOpInterface {
    List<Value> successorOperands(Operation terminator, RegionSuccessor successor);
}
