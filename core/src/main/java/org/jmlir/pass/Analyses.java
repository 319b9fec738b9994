package org.jmlir.pass;

import java.lang.reflect.Constructor;
import org.jmlir.ir.Operation;

/**
 * Makes analyses the way MLIR does: an analysis is any class with a public constructor taking the op it analyses
 * ({@code new DominanceInfo(op)}) or no arguments.
 */
final class Analyses {
    private Analyses() {}

    static Object construct(Class<?> kind, Operation op) {
        try {
            for (Constructor<?> c : kind.getConstructors()) {
                Class<?>[] ps = c.getParameterTypes();
                if (ps.length == 1 && ps[0].isAssignableFrom(Operation.class)) return c.newInstance(op);
            }
            return kind.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("analysis " + kind.getName()
                + " needs a public constructor taking an Operation, or none", e);
        }
    }
}
