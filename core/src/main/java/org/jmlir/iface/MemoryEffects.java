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
        List<EffectInstance> effects = effects(op);
        if (effects == null) return false;
        for (EffectInstance e : effects) {
            switch (e.effect()) {
                case READ -> { }
                case ALLOCATE -> {
                    if (e.value() == null || e.value().definingOp() != op) return false;
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@link #wouldOpBeTriviallyDead} and no result has a use. */
    public static boolean isOpTriviallyDead(Operation op) {
        return !op.hasUsesOfResults() && wouldOpBeTriviallyDead(op);
    }
}
