package org.jmlir.pass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;

/**
 * A transformation or analysis run on one op (MLIR's Pass). A pass manager sets the op, runs
 * {@link #runOnOperation()}, and reads back failure and preservation. Instances are not shared between threads:
 * the pass manager makes one per thread with {@link #copy()}. Options are declared in field initializers through
 * {@link #intOption} and friends so that every copy has them.
 */
public abstract class Pass {
    private final List<PassOption<?>> options = new ArrayList<>();
    private final List<Statistic> statistics = new ArrayList<>();
    // state of the current run, set by the pass manager
    Operation currentOp;
    boolean failed;
    boolean allPreserved;
    boolean changed;
    AnalysisAccess analyses;

    /** The name used in pipelines and as a jopt flag ({@code cse}). */
    public abstract String argument();

    public String description() { return ""; }

    /** The display name in IR dumps, timing and statistics (MLIR prints the pass class name, e.g. {@code CSE}). */
    public String name() { return getClass().getSimpleName(); }

    /** The op name this pass runs on ({@code func.func}), or null when it runs on any op. */
    public String anchorOpName() { return null; }

    /** Whether this pass may run on ops named {@code opName} (beyond the anchor check). */
    public boolean canScheduleOn(String opName) {
        return anchorOpName() == null || anchorOpName().equals(opName);
    }

    /** Does the work on {@link #getOperation()}; reports failure with {@link #signalPassFailure()}. */
    protected abstract void runOnOperation();

    /** Prepares a run on {@code op} (called by the pass manager and {@link PassRunner}). */
    final void beginRun(Operation op, AnalysisAccess access) {
        currentOp = op;
        failed = false;
        allPreserved = false;
        changed = false;
        analyses = access;
    }

    final void endRun() {
        currentOp = null;
        analyses = null;
    }

    // ---- for the pass body

    protected final Operation getOperation() { return currentOp; }

    protected final Context getContext() { return currentOp.context(); }

    /** Marks the run failed (the pass manager stops and reports it). */
    protected final void signalPassFailure() { failed = true; }

    /** Declares that the pass changed nothing: every analysis stays valid and print-ir-after-change skips it. */
    protected final void markAllAnalysesPreserved() { allPreserved = true; }

    /** An analysis of the current op, computed on first request and cached until the IR changes. */
    protected final <A> A getAnalysis(Class<A> kind) { return analyses.analysis(currentOp, kind); }

    /** A cached analysis of the current op, or null. */
    protected final <A> A getCachedAnalysis(Class<A> kind) { return analyses.cachedAnalysis(currentOp, kind); }

    /** Marks that the pass changed the IR (passes that do not call this nor preserve all are assumed to). */
    protected final void markChanged() { changed = true; }

    // ---- options and statistics

    public final List<PassOption<?>> options() { return Collections.unmodifiableList(options); }

    public final PassOption<?> option(String name) {
        for (PassOption<?> o : options) if (o.name().equals(name)) return o;
        return null;
    }

    public final List<Statistic> statistics() { return Collections.unmodifiableList(statistics); }

    protected final PassOption<Integer> intOption(String name, String description, int dflt) {
        return add(new PassOption<>(name, description, "int", dflt, Pass::parseInt, String::valueOf));
    }

    protected final PassOption<Long> longOption(String name, String description, long dflt) {
        return add(new PassOption<>(name, description, "long", dflt, Pass::parseLong, String::valueOf));
    }

    protected final PassOption<Boolean> boolOption(String name, String description, boolean dflt) {
        return add(new PassOption<>(name, description, "bool", dflt, Pass::parseBool, String::valueOf));
    }

    protected final PassOption<String> stringOption(String name, String description, String dflt) {
        return add(new PassOption<>(name, description, "string", dflt, s -> s, s -> s));
    }

    protected final <E extends Enum<E>> PassOption<E> enumOption(String name, String description, E dflt) {
        Class<E> type = dflt.getDeclaringClass();
        StringBuilder kinds = new StringBuilder();
        for (E e : type.getEnumConstants()) kinds.append(kinds.isEmpty() ? "" : "|").append(spelling(e));
        return add(new PassOption<>(name, description, kinds.toString(), dflt, s -> {
            for (E e : type.getEnumConstants()) if (spelling(e).equals(s)) return e;
            throw new IllegalArgumentException("expected one of " + kinds);
        }, Pass::spelling));
    }

    protected final PassOption<List<Long>> intListOption(String name, String description) {
        return add(new PassOption<>(name, description, "list<long>", List.of(), s -> {
            List<Long> out = new ArrayList<>();
            if (!s.isBlank()) for (String p : s.split(",")) out.add(parseLong(p.trim()));
            return List.copyOf(out);
        }, l -> String.join(",", l.stream().map(String::valueOf).toList())));
    }

    protected final PassOption<List<String>> stringListOption(String name, String description) {
        return add(new PassOption<>(name, description, "list<string>", List.of(), s -> {
            List<String> out = new ArrayList<>();
            if (!s.isBlank()) for (String p : s.split(",")) out.add(p.trim());
            return List.copyOf(out);
        }, l -> String.join(",", l)));
    }

    private <T> PassOption<T> add(PassOption<T> o) {
        if (option(o.name()) != null) throw new IllegalStateException("option '" + o.name() + "' declared twice");
        options.add(o);
        return o;
    }

    /** A counter shown by {@code --pass-statistics}. */
    protected final Statistic statistic(String name, String description) {
        Statistic s = new Statistic(name, description);
        statistics.add(s);
        return s;
    }

    /**
     * A fresh instance with the same options (for another thread or another pipeline position). The default calls
     * the public no-argument constructor; passes without one override this.
     */
    public Pass copy() {
        Pass p;
        try {
            p = getClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("pass '" + argument() + "' cannot be copied; override copy()", e);
        }
        for (PassOption<?> o : options) {
            if (o.isExplicitlySet()) p.option(o.name()).parse(o.print());
        }
        return p;
    }

    /**
     * The pass as pipeline text: {@code name}, or {@code name{a=1 b=x}} with every option sorted by name, an empty
     * list option printing as nothing, exactly as MLIR prints pipelines.
     */
    public String pipelineText() {
        if (options.isEmpty()) return argument();
        List<PassOption<?>> sorted = new ArrayList<>(options);
        sorted.sort(java.util.Comparator.comparing(PassOption::name));
        StringBuilder sb = new StringBuilder(argument()).append('{');
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) sb.append(' ');
            PassOption<?> o = sorted.get(i);
            if (o.get() instanceof List<?> l && l.isEmpty()) continue;
            sb.append(o.name()).append('=').append(o.print());
        }
        return sb.append('}').toString();
    }

    // ---- option parsing helpers

    private static String spelling(Enum<?> e) { return e.name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    private static Integer parseInt(String s) {
        try {
            return Integer.decode(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected an integer");
        }
    }

    private static Long parseLong(String s) {
        try {
            return Long.decode(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected an integer");
        }
    }

    private static Boolean parseBool(String s) {
        return switch (s.trim()) {
            case "", "true", "TRUE", "True", "1" -> true;
            case "false", "FALSE", "False", "0" -> false;
            default -> throw new IllegalArgumentException("expected true or false");
        };
    }

    /** How a pass reaches the analysis manager; implemented by the pass manager. */
    interface AnalysisAccess {
        <A> A analysis(Operation op, Class<A> kind);

        <A> A cachedAnalysis(Operation op, Class<A> kind);
    }

}
