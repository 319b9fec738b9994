package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.Set;
import org.jmlir.builtin.BuiltinDialect;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;

/**
 * MLIR's reconcileUnrealizedCasts: erases unused {@code builtin.unrealized_conversion_cast} ops, and replaces a
 * cast by the inputs of the nearest cast up its chain whose input types equal its result types (a chain of casts
 * where each takes exactly the previous one's results). Casts are processed last first; what a removal exposes
 * is revisited. Casts that stay live remain; nothing is reported.
 */
public final class UnrealizedCasts {
    private UnrealizedCasts() {}

    public static boolean isCast(Operation op) {
        return op != null && op.name().equals(BuiltinDialect.UNREALIZED_CONVERSION_CAST.name());
    }

    /** Every cast nested in {@code root}, in post-order. */
    public static List<Operation> collect(Operation root) {
        List<Operation> out = new ArrayList<>();
        root.walk(op -> {
            if (isCast(op)) out.add(op);
        });
        return out;
    }

    /** Reconciles {@code casts}; returns those that remain, in their original order. */
    public static List<Operation> reconcile(List<Operation> casts) {
        SequencedSet<Operation> worklist = new LinkedHashSet<>(casts);
        Set<Operation> erased = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!worklist.isEmpty()) {
            Operation cast = worklist.removeLast();
            if (!cast.hasUsesOfResults()) {
                enqueueInputCasts(cast, worklist);
                erased.add(cast);
                cast.erase();
                continue;
            }
            for (Operation next = cast; next != null; next = inputCast(next)) {
                if (next.operandTypes().equals(cast.resultTypes())) {
                    enqueueInputCasts(cast, worklist);
                    List<Value> inputs = next.operands();
                    for (int i = 0; i < cast.numResults(); i++) cast.result(i).replaceAllUsesWith(inputs.get(i));
                    erased.add(cast);
                    cast.erase();
                    break;
                }
            }
        }
        List<Operation> remaining = new ArrayList<>();
        for (Operation c : casts) if (!erased.contains(c)) remaining.add(c);
        return remaining;
    }

    private static void enqueueInputCasts(Operation cast, SequencedSet<Operation> worklist) {
        for (Value v : cast.operands()) {
            Operation def = v.definingOp();
            if (isCast(def)) worklist.add(def);
        }
    }

    /** The cast whose results are exactly {@code cast}'s inputs, in order, or null. */
    private static Operation inputCast(Operation cast) {
        if (cast.numOperands() == 0) return null;
        Operation def = cast.operand(0).definingOp();
        if (!isCast(def) || def.numResults() != cast.numOperands()) return null;
        for (int i = 0; i < cast.numOperands(); i++) if (cast.operand(i) != def.result(i)) return null;
        return def;
    }
}
