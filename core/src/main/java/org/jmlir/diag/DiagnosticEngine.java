package org.jmlir.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jmlir.ir.attr.Location;

/**
 * Routes diagnostics to handlers. The newest diagnostic is held back until the next one (or {@link #flush()}) so
 * that notes attached after emission reach the handler with it. Thread-safe; handlers run under the engine's lock.
 */
public final class DiagnosticEngine {
    private final List<Consumer<Diagnostic>> handlers = new ArrayList<>();
    private Diagnostic pending;
    private int errorCount;

    /** Installs a handler; the most recent handler is tried first and all handlers see every diagnostic. */
    public synchronized Runnable addHandler(Consumer<Diagnostic> handler) {
        flush();
        handlers.add(0, handler);
        return () -> {
            synchronized (DiagnosticEngine.this) {
                flush();
                handlers.remove(handler);
            }
        };
    }

    public synchronized Diagnostic emit(Diagnostic d) {
        flush();
        if (d.severity() == Severity.ERROR) errorCount++;
        pending = d;
        return d;
    }

    public Diagnostic emitError(Location loc, String message) { return emit(new Diagnostic(Severity.ERROR, loc, message)); }

    public Diagnostic emitWarning(Location loc, String message) { return emit(new Diagnostic(Severity.WARNING, loc, message)); }

    public Diagnostic emitRemark(Location loc, String message) { return emit(new Diagnostic(Severity.REMARK, loc, message)); }

    /** Delivers the held-back diagnostic. */
    public synchronized void flush() {
        Diagnostic d = pending;
        pending = null;
        if (d == null) return;
        if (handlers.isEmpty()) {
            System.err.println(DiagnosticRenderer.renderPlain(d));
            return;
        }
        for (Consumer<Diagnostic> h : handlers) h.accept(d);
    }

    /** Number of errors emitted since creation. */
    public synchronized int errorCount() { return errorCount; }
}
