package org.jmlir.iface;

import java.util.List;
import org.jmlir.ir.Operation;

/**
 * Declares the memory effects of an op (MLIR's MemoryEffectOpInterface). Ops with the {@code Pure} trait have none
 * and need not implement it; an op that neither is pure nor implements this (nor has RecursiveMemoryEffects) has
 * unknown effects, which every transform must treat as "anything".
 */
@FunctionalInterface
public interface MemoryEffectOpInterface {
    /** Adds the effects of {@code op} (not of ops nested in its regions) to {@code out}. */
    void effects(Operation op, List<EffectInstance> out);
}
