package org.jmlir.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jmlir.ir.attr.Location;

/**
 * A located message with optional notes. Notes may be attached right after the diagnostic is emitted: the engine
 * hands it to handlers only when the next diagnostic arrives or on {@link DiagnosticEngine#flush()}.
 */
public final class Diagnostic {
    private final Severity severity;
    private final Location location;
    private final String message;
    private final List<Diagnostic> notes = new ArrayList<>(0);

    public Diagnostic(Severity severity, Location location, String message) {
        this.severity = severity;
        this.location = location == null ? Location.UNKNOWN : location;
        this.message = message;
    }

    public Severity severity() { return severity; }

    public Location location() { return location; }

    public String message() { return message; }

    public List<Diagnostic> notes() { return Collections.unmodifiableList(notes); }

    /** Attaches a note; returns this diagnostic for chaining. */
    public Diagnostic attachNote(Location loc, String msg) {
        notes.add(new Diagnostic(Severity.NOTE, loc == null ? location : loc, msg));
        return this;
    }

    /** Returns false, so that a verifier can write {@code return op.emitOpError("...").fail();}. */
    public boolean fail() { return false; }

    @Override
    public String toString() { return severity.spelling() + ": " + message; }
}
