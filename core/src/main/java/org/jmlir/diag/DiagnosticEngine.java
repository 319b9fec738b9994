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

    /**
     * Diagnostics emitted on a thread that is capturing go to its list instead of the handlers, so that a pass
     * manager running ops in parallel can deliver them later in the order of the ops, whatever the timing.
     */
    private final ThreadLocal<List<Diagnostic>> capture = new ThreadLocal<>();

    /** Starts capturing this thread's diagnostics. */
    public void beginCapture() { capture.set(new ArrayList<>()); }

    /** Stops capturing on this thread and returns what was captured (already counted as errors). */
    public List<Diagnostic> endCapture() {
        List<Diagnostic> l = capture.get();
        capture.remove();
        return l == null ? List.of() : l;
    }

    /** Delivers captured diagnostics to the handlers, without counting them again. */
    public synchronized void replay(List<Diagnostic> captured) {
        for (Diagnostic d : captured) {
            flush();
            pending = d;
        }
        flush();
    }

    public Diagnostic emit(Diagnostic d) {
        List<Diagnostic> l = capture.get();
        if (l != null) {
            l.add(d);
            if (d.severity() == Severity.ERROR) {
                synchronized (this) {
                    errorCount++;
                }
            }
            return d;
        }
        return emitNow(d);
    }

    private synchronized Diagnostic emitNow(Diagnostic d) {
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
