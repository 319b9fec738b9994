package org.jmlir.iface;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ods.Trait;

/**
 * Questions about ops' memory effects and speculation that transforms ask (MLIR's SideEffectInterfaces helpers).
 * Unregistered ops, and registered ops that declare nothing, have unknown effects.
 */
public final class MemoryEffects {
    private MemoryEffects() {}

    /**
     * The effects of {@code op} including those of nested ops when it has RecursiveMemoryEffects, or null when they
     * are unknown.
     */
    public static List<EffectInstance> effects(Operation op) {
        List<EffectInstance> out = new ArrayList<>();
        return collect(op, out) ? out : null;
    }

    private static boolean collect(Operation op, List<EffectInstance> out) {
        if (!op.isRegistered()) return false;
        MemoryEffectOpInterface iface = op.definition().getInterface(MemoryEffectOpInterface.class);
        boolean pure = op.hasTrait(Trait.PURE);
        boolean recursive = op.hasTrait(Trait.RECURSIVE_MEMORY_EFFECTS);
        if (iface != null) iface.effects(op, out);
        else if (!pure && !recursive) return false;
        if (recursive) {
            for (Region r : op.regions()) {
                for (Block b : r.blocks()) for (Operation nested : b) if (!collect(nested, out)) return false;
            }
        }
        return true;
    }

    /** True when {@code op} (and, for recursive ops, everything in it) is known to touch no memory. */
    public static boolean isMemoryEffectFree(Operation op) {
        List<EffectInstance> e = effects(op);
        return e != null && e.isEmpty();
    }

    /** True when every known effect of {@code op} is a read (and there are known effects). */
    public static boolean onlyReads(Operation op) {
        List<EffectInstance> e = effects(op);
        if (e == null) return false;
        for (EffectInstance x : e) if (x.effect() != MemoryEffect.READ) return false;
        return true;
    }

    /** Whether {@code op} may be executed where it was not (MLIR's isSpeculatable). */
    public static boolean isSpeculatable(Operation op) {
        if (!op.isRegistered()) return false;
        Speculatability s;
        ConditionallySpeculatable cs = op.definition().getInterface(ConditionallySpeculatable.class);
        if (cs != null) s = cs.speculatability(op);
        else if (op.hasTrait(Trait.PURE)) s = op.numRegions() > 0 && op.hasTrait(Trait.RECURSIVE_MEMORY_EFFECTS)
            ? Speculatability.RECURSIVELY_SPECULATABLE : Speculatability.SPECULATABLE;
        else return false;
        return switch (s) {
            case NOT_SPECULATABLE -> false;
            case SPECULATABLE -> true;
            case RECURSIVELY_SPECULATABLE -> {
                for (Region r : op.regions()) {
                    for (Block b : r.blocks()) for (Operation nested : b) if (!isSpeculatable(nested)) yield false;
                }
                yield true;
            }
        };
    }

    /** MLIR's isPure: memory-effect free and speculatable. */
    public static boolean isPure(Operation op) { return isMemoryEffectFree(op) && isSpeculatable(op); }

    /**
     * Whether erasing {@code op} changes nothing observable once its results are unused (MLIR's
     * wouldOpBeTriviallyDead): no effects other than reads and allocations of values it defines itself (an
     * allocation whose result is unused can go), terminators and symbols excluded.
     */
    public static boolean wouldOpBeTriviallyDead(Operation op) {
        if (op.mightBeTerminator() || op.hasTrait(Trait.SYMBOL)) return false;
        // Each op (the root, and the nested ops of those with recursive effects) is judged on its own effects: an
        // allocation is harmless when it allocates a result of the op that declares it, as MLIR judges.
        java.util.ArrayDeque<Operation> work = new java.util.ArrayDeque<>();
        work.push(op);
        while (!work.isEmpty()) {
            Operation cur = work.pop();
            if (!cur.isRegistered()) return false;
            boolean recursive = cur.hasTrait(Trait.RECURSIVE_MEMORY_EFFECTS);
            if (recursive) {
                for (Region r : cur.regions()) for (Block b : r.blocks()) for (Operation n : b) work.push(n);
            }
            MemoryEffectOpInterface iface = cur.definition().getInterface(MemoryEffectOpInterface.class);
            if (iface != null) {
                List<EffectInstance> effects = new ArrayList<>();
                iface.effects(cur, effects);
                java.util.Set<Object> allocated = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (EffectInstance e : effects) {
                    if (e.effect() == MemoryEffect.ALLOCATE && e.value() != null && e.value().definingOp() == cur) {
                        allocated.add(e.value());
                    }
                }
                for (EffectInstance e : effects) {
                    if (e.effect() != MemoryEffect.READ && (e.value() == null || !allocated.contains(e.value()))) {
                        return false;
                    }
                }
            } else if (!recursive && !cur.hasTrait(Trait.PURE)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #wouldOpBeTriviallyDead} and no result has a use. */
    public static boolean isOpTriviallyDead(Operation op) {
        return !op.hasUsesOfResults() && wouldOpBeTriviallyDead(op);
    }
}
