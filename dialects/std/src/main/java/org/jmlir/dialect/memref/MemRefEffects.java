package org.jmlir.dialect.memref;

import org.jmlir.iface.EffectInstance;
import org.jmlir.iface.MemoryEffect;
import org.jmlir.iface.MemoryEffectOpInterface;

/**
 * The memory effects memref ops declare upstream: allocations on their result, frees, reads and writes on the memref
 * operand they access. View-like ops are Pure and declare nothing here.
 */
final class MemRefEffects {
    private MemRefEffects() {}

    /** The resource of stack allocations, freed when the enclosing automatic allocation scope ends. */
    static final String AUTOMATIC_ALLOCATION_SCOPE = "AutomaticAllocationScope";

    static final MemoryEffectOpInterface ALLOC = (op, out) ->
        out.add(new EffectInstance(MemoryEffect.ALLOCATE, op.result(0)));

    static final MemoryEffectOpInterface ALLOCA = (op, out) ->
        out.add(new EffectInstance(MemoryEffect.ALLOCATE, op.result(0), AUTOMATIC_ALLOCATION_SCOPE));

    /** memref.dealloc: frees its operand. */
    static final MemoryEffectOpInterface DEALLOC = (op, out) -> out.add(new EffectInstance(MemoryEffect.FREE, op.operand(0)));

    /** memref.load: reads its memref operand (#0). */
    static final MemoryEffectOpInterface LOAD = (op, out) -> out.add(new EffectInstance(MemoryEffect.READ, op.operand(0)));

    /** memref.store: writes its memref operand (#1, after the value). */
    static final MemoryEffectOpInterface STORE = (op, out) -> out.add(new EffectInstance(MemoryEffect.WRITE, op.operand(1)));

    /** memref.copy: reads the source, writes the target. */
    static final MemoryEffectOpInterface COPY = (op, out) -> {
        out.add(new EffectInstance(MemoryEffect.READ, op.operand(0)));
        out.add(new EffectInstance(MemoryEffect.WRITE, op.operand(1)));
    };

    /** memref.atomic_rmw: reads and writes the memref operand (#1, after the value). */
    static final MemoryEffectOpInterface ATOMIC_RMW = (op, out) -> {
        out.add(new EffectInstance(MemoryEffect.READ, op.operand(1)));
        out.add(new EffectInstance(MemoryEffect.WRITE, op.operand(1)));
    };
}
