package org.jmlir.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.attr.FileLineColLoc;
import org.jmlir.ir.attr.Location;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {
    private final DiagnosticEngine engine = new DiagnosticEngine();
    private final List<Diagnostic> seen = new ArrayList<>();

    @Test
    void notesAttachedAfterEmissionReachTheHandler() {
        engine.addHandler(seen::add);
        Diagnostic d = engine.emitError(new FileLineColLoc("a.mlir", 1, 1), "bad");
        assertTrue(seen.isEmpty(), "held back until the next diagnostic or a flush");
        d.attachNote(new FileLineColLoc("a.mlir", 2, 3), "because");
        d.attachNote(null, "defaults to the diagnostic's location");
        engine.emitWarning(Location.UNKNOWN, "second");
        assertEquals(1, seen.size());
        assertEquals(List.of("because", "defaults to the diagnostic's location"),
            seen.get(0).notes().stream().map(Diagnostic::message).toList());
        assertEquals(Severity.NOTE, seen.get(0).notes().get(0).severity());
        assertEquals(d.location(), seen.get(0).notes().get(1).location());
        engine.flush();
        assertEquals(2, seen.size());
        assertEquals(1, engine.errorCount());
    }

    @Test
    void removedHandlersSeeNothingMore() {
        Runnable remove = engine.addHandler(seen::add);
        List<Diagnostic> other = new ArrayList<>();
        engine.addHandler(other::add);
        engine.emitRemark(Location.UNKNOWN, "one");
        remove.run();
        engine.emitRemark(Location.UNKNOWN, "two");
        engine.flush();
        assertEquals(List.of("one"), seen.stream().map(Diagnostic::message).toList());
        assertEquals(List.of("one", "two"), other.stream().map(Diagnostic::message).toList());
    }

    @Test
    void rendererPrintsTheLineAndACaret() {
        // The tab is expanded to 8 columns, as LLVM's SourceMgr shows lines.
        SourceManager sm = new SourceManager();
        sm.addBuffer("in.mlir", "module {\n\t%0 = foo.bar\r\n}\n");
        DiagnosticRenderer r = new DiagnosticRenderer(sm);
        Diagnostic d = new Diagnostic(Severity.ERROR, new FileLineColLoc("in.mlir", 2, 7), "oops")
            .attachNote(new FileLineColLoc("in.mlir", 1, 1), "here");
        assertEquals("""
            in.mlir:2:7: error: oops
                    %0 = foo.bar
                         ^
            in.mlir:1:1: note: here
            module {
            ^
            """, r.render(d));
    }

    @Test
    void plainRenderingWithoutSources() {
        Diagnostic d = new Diagnostic(Severity.WARNING, new FileLineColLoc("x.mlir", 3, 4), "w");
        assertEquals("x.mlir:3:4: warning: w", DiagnosticRenderer.renderPlain(d));
        assertEquals("loc(unknown): error: e",
            DiagnosticRenderer.renderPlain(new Diagnostic(Severity.ERROR, Location.UNKNOWN, "e")));
    }
}
