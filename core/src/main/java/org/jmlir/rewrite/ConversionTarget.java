package org.jmlir.rewrite;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jmlir.ir.Operation;

/**
 * Which ops a dialect conversion must produce (MLIR's ConversionTarget): ops and dialects are legal, illegal, or
 * dynamically legal (a predicate decides per op). What is said of an op overrides what is said of its dialect; a
 * dynamically legal op without a predicate defers to its dialect's, then to the unknown-op predicate. An op may be
 * marked recursively legal: the ops nested in it are then left alone.
 */
public final class ConversionTarget {
    /** What the target says of an op or dialect. */
    public enum Action { LEGAL, DYNAMIC, ILLEGAL }

    private record Info(Action action, Predicate<Operation> legality) {}

    private final Map<String, Info> ops = new HashMap<>();
    private final Map<String, Info> dialects = new HashMap<>();
    private final Map<String, Predicate<Operation>> recursivelyLegal = new HashMap<>();
    private final Set<String> recursivelyLegalAlways = new HashSet<>();
    private Predicate<Operation> unknownLegality;

    public ConversionTarget addLegalOp(String... names) {
        for (String n : names) ops.put(n, new Info(Action.LEGAL, null));
        return this;
    }

    public ConversionTarget addIllegalOp(String... names) {
        for (String n : names) ops.put(n, new Info(Action.ILLEGAL, null));
        return this;
    }

    public ConversionTarget addDynamicallyLegalOp(String name, Predicate<Operation> legality) {
        ops.put(name, new Info(Action.DYNAMIC, legality));
        return this;
    }

    public ConversionTarget addLegalDialect(String... namespaces) {
        for (String n : namespaces) dialects.put(n, new Info(Action.LEGAL, null));
        return this;
    }

    public ConversionTarget addIllegalDialect(String... namespaces) {
        for (String n : namespaces) dialects.put(n, new Info(Action.ILLEGAL, null));
        return this;
    }

    public ConversionTarget addDynamicallyLegalDialect(Predicate<Operation> legality, String... namespaces) {
        for (String n : namespaces) dialects.put(n, new Info(Action.DYNAMIC, legality));
        return this;
    }

    /** Ops that neither they nor their dialect were described are legal when {@code legality} says so. */
    public ConversionTarget markUnknownOpDynamicallyLegal(Predicate<Operation> legality) {
        unknownLegality = legality;
        return this;
    }

    /** The ops nested in a legal {@code name} op are legal whatever they are (when {@code when} holds, if given). */
    public ConversionTarget markOpRecursivelyLegal(String name, Predicate<Operation> when) {
        if (when == null) recursivelyLegalAlways.add(name);
        else recursivelyLegal.put(name, when);
        return this;
    }

    /** The action for {@code op}: its own, else its dialect's, else DYNAMIC with an unknown-op predicate, else null. */
    public Action opAction(Operation op) {
        Info info = ops.get(op.name());
        if (info != null) return info.action();
        Info d = dialects.get(op.operationName().dialectNamespace());
        if (d != null) return d.action();
        return unknownLegality != null ? Action.DYNAMIC : null;
    }

    /**
     * Whether {@code op} is legal: {@link Boolean#TRUE}/{@link Boolean#FALSE} when the target knows, null when
     * nothing was said of it (the op is "unknown").
     */
    public Boolean isLegal(Operation op) {
        Info info = ops.get(op.name());
        Info dialect = dialects.get(op.operationName().dialectNamespace());
        if (info != null) {
            return switch (info.action()) {
                case LEGAL -> true;
                case ILLEGAL -> false;
                case DYNAMIC -> {
                    if (info.legality() != null) yield info.legality().test(op);
                    if (dialect != null && dialect.legality() != null) yield dialect.legality().test(op);
                    yield unknownLegality == null ? null : unknownLegality.test(op);
                }
            };
        }
        if (dialect != null) {
            return switch (dialect.action()) {
                case LEGAL -> true;
                case ILLEGAL -> false;
                case DYNAMIC -> dialect.legality() != null ? dialect.legality().test(op)
                    : unknownLegality == null ? null : unknownLegality.test(op);
            };
        }
        return unknownLegality == null ? null : unknownLegality.test(op);
    }

    /** Whether the ops nested in legal {@code op} are legal without looking at them. */
    public boolean isRecursivelyLegal(Operation op) {
        if (recursivelyLegalAlways.contains(op.name())) return true;
        Predicate<Operation> p = recursivelyLegal.get(op.name());
        return p != null && p.test(op);
    }

    /** Illegal: explicitly marked so, or dynamically legal and the predicate says no. */
    public boolean isIllegal(Operation op) {
        Boolean legal = isLegal(op);
        return legal != null && !legal;
    }
}
