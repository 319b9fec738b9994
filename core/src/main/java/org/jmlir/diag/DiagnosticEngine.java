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
    private final ThreadLocal<Capture> capture = new ThreadLocal<>();

    /**
     * Captures nest: a pool thread capturing for one op may, while it waits for parallel work it started, run
     * other captured work on the same thread; each end restores the capture it interrupted.
     */
    private record Capture(List<Diagnostic> list, Capture outer) {}

    /** Starts capturing this thread's diagnostics (until the matching {@link #endCapture()}). */
    public void beginCapture() { capture.set(new Capture(new ArrayList<>(), capture.get())); }

    /** Stops the innermost capture on this thread and returns what it captured (already counted as errors). */
    public List<Diagnostic> endCapture() {
        Capture c = capture.get();
        if (c == null) return List.of();
        if (c.outer() == null) capture.remove(); else capture.set(c.outer());
        return c.list();
    }

    /**
     * Delivers captured diagnostics to the handlers, without counting them again; on a thread that is capturing
     * itself, to its capture.
     */
    public void replay(List<Diagnostic> captured) {
        Capture c = capture.get();
        if (c != null) {
            c.list().addAll(captured);
            return;
        }
        replayNow(captured);
    }

    private synchronized void replayNow(List<Diagnostic> captured) {
        for (Diagnostic d : captured) {
            flush();
            pending = d;
        }
        flush();
    }

    public Diagnostic emit(Diagnostic d) {
        Capture c = capture.get();
        if (c != null) {
            c.list().add(d);
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
