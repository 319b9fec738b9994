package org.jmlir.diag;

import org.jmlir.asm.AsmText;
import org.jmlir.ir.attr.FileLineColLoc;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.UnknownLoc;

/**
 * Renders diagnostics as MLIR's source manager handler does: {@code file:line:col: error: message}, then the source
 * line and a caret under the column, then the notes the same way.
 */
public final class DiagnosticRenderer {
    private final SourceManager sources;

    public DiagnosticRenderer(SourceManager sources) { this.sources = sources; }

    public String render(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        renderOne(sb, d, true);
        // As mlir-opt: a note at the very place of its diagnostic does not repeat the source line.
        for (Diagnostic n : d.notes()) renderOne(sb, n, !n.location().equals(d.location()));
        return sb.toString();
    }

    private void renderOne(StringBuilder sb, Diagnostic d, boolean showSource) {
        FileLineColLoc pos = d.location().filePosition();
        sb.append(prefix(d.location())).append(d.severity().spelling()).append(": ").append(d.message()).append('\n');
        if (pos == null || sources == null || !showSource) return;
        String line = sources.line(pos.file(), pos.line());
        if (line == null) return;
        // Like LLVM's SourceMgr: tabs are expanded to the next multiple of 8 and the caret follows the expansion.
        int col = Math.max(1, pos.column());
        StringBuilder shown = new StringBuilder();
        int caretAt = -1;
        for (int i = 0; i < line.length(); i++) {
            if (i == col - 1) caretAt = shown.length();
            char c = line.charAt(i);
            if (c == '\t') shown.repeat(' ', 8 - shown.length() % 8);
            else shown.append(c);
        }
        if (caretAt < 0) caretAt = shown.length() + (col - 1 - line.length());
        sb.append(shown).append('\n');
        sb.repeat(' ', Math.max(0, caretAt)).append("^\n");
    }

    static String prefix(Location loc) {
        FileLineColLoc pos = loc.filePosition();
        if (pos != null) return pos.file() + ":" + pos.line() + ":" + pos.column() + ": ";
        if (loc instanceof UnknownLoc) return "loc(unknown): ";
        return AsmText.of(loc) + ": ";
    }

    /** Renders without source lines (no source manager). */
    public static String renderPlain(Diagnostic d) { return new DiagnosticRenderer(null).render(d).stripTrailing(); }
}
