package org.jmlir.ir;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jmlir.diag.DiagnosticEngine;
import org.jmlir.ods.OpDef;

/**
 * Owns what IR shares: interned types and attributes, loaded dialects and their op names, and the diagnostic
 * engine. Thread-safe: passes on different functions may intern and look up concurrently.
 */
public final class Context {
    private final Map<Object, Object> uniquer = new ConcurrentHashMap<>();
    private final Map<String, Dialect> dialects = new ConcurrentHashMap<>();
    private final Map<String, OperationName> opNames = new ConcurrentHashMap<>();
    private final DiagnosticEngine diagnostics = new DiagnosticEngine();
    private volatile boolean allowUnregisteredDialects;
    private volatile boolean printOpOnDiagnostic;
    private volatile boolean multithreading = true;
    private volatile java.io.PrintStream errorStream = System.err;

    public Context() {}

    /** A context with every dialect found by {@link ServiceLoader} loaded (the built-in dialects). */
    public static Context withAllDialects() {
        return withDialects(DialectRegistry.withBuiltins());
    }

    /** A context with every dialect of {@code registry} loaded (built-in ones and those plugins contributed). */
    public static Context withDialects(DialectRegistry registry) {
        Context c = new Context();
        registry.loadAllInto(c);
        return c;
    }

    /** Returns the canonical instance equal to {@code value} (types, attributes, affine maps...). */
    @SuppressWarnings("unchecked")
    public <T> T intern(T value) {
        if (value == null) return null;
        // get first: putIfAbsent locks the hash bin even when the value is there, and every thread interns the
        // same few types and attributes over and over
        Object prev = uniquer.get(value);
        if (prev != null) return (T) prev;
        prev = uniquer.putIfAbsent(value, value);
        return prev == null ? value : (T) prev;
    }

    public DiagnosticEngine diagnostics() { return diagnostics; }

    public boolean allowsUnregisteredDialects() { return allowUnregisteredDialects; }

    /**
     * Whether work on independent IR (verifying or printing isolated-from-above ops) may run on several threads,
     * as MLIR's MLIRContext::isMultithreadingEnabled; {@code --mlir-disable-threading} turns it off.
     */
    public boolean isMultithreadingEnabled() { return multithreading; }

    public void enableMultithreading(boolean on) { multithreading = on; }

    public void setAllowUnregisteredDialects(boolean allow) { allowUnregisteredDialects = allow; }

    /**
     * Whether errors reported on an op carry a note with the op in generic form (MLIR's
     * {@code printOpOnDiagnostic}, which mlir-opt turns off under --verify-diagnostics). Off by default.
     */
    public boolean printsOpOnDiagnostic() { return printOpOnDiagnostic; }

    public void setPrintOpOnDiagnostic(boolean print) { printOpOnDiagnostic = print; }

    /**
     * Where passes print reports that are not diagnostics ({@code print-op-stats}, {@code view-op-graph}), as
     * mlir-opt's passes print to {@code llvm::errs()}: System.err unless a tool (jopt run in-process) redirects it.
     */
    public java.io.PrintStream errorStream() { return errorStream; }

    public void setErrorStream(java.io.PrintStream stream) { errorStream = stream == null ? System.err : stream; }

    // ---- dialects

    /** Loads every {@link Dialect} service visible to {@code loader}. */
    public void loadAvailableDialects(ClassLoader loader) {
        for (Dialect d : ServiceLoader.load(Dialect.class, loader)) loadDialect(d);
    }

    /** Loads a dialect: registers its ops. A second dialect with the same namespace is refused. */
    public synchronized void loadDialect(Dialect d) {
        Dialect prev = dialects.putIfAbsent(d.namespace(), d);
        if (prev != null) {
            if (prev.getClass() == d.getClass()) return;
            throw new IllegalStateException("dialect namespace '" + d.namespace() + "' is already taken by "
                + prev.getClass().getName());
        }
        for (OpDef def : d.operations()) opNames.put(def.name(), new OperationName(def.name(), def, this));
        d.initialize(this);
    }

    public Dialect dialect(String namespace) { return dialects.get(namespace); }

    /** Loaded dialects, sorted by namespace. */
    public Collection<Dialect> loadedDialects() { return Collections.unmodifiableCollection(new TreeMap<>(dialects).values()); }

    /** The interned name for {@code name}: registered if a loaded dialect defines it. */
    public OperationName operationName(String name) {
        OperationName n = opNames.get(name);
        if (n != null) return n;
        return opNames.computeIfAbsent(name, k -> new OperationName(k, null, this));
    }

    /** The registered name, or null. */
    public OperationName registeredOperationName(String name) {
        OperationName n = opNames.get(name);
        return n != null && n.isRegistered() ? n : null;
    }
}
