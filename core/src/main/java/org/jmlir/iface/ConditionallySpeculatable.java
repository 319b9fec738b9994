package org.jmlir.iface;

import org.jmlir.ir.Operation;

/**
 * MLIR's ConditionallySpeculatable: ops whose speculation safety depends on operands (a division by a non-constant
 * divisor is not speculatable; by a non-zero constant it is). Ops with the {@code Pure} trait are always
 * speculatable and need not implement it.
 */
@FunctionalInterface
public interface ConditionallySpeculatable {
    Speculatability speculatability(Operation op);
}
