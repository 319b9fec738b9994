package org.jmlir.filecheck;

import java.io.PrintStream;

/**
 * Prints messages in the layout of LLVM's SourceMgr, which is what people (and tools that parse FileCheck output)
 * expect:
 *
 * <pre>
 * file:line:col: error: message
 * the source line
 *       ^~~~
 * </pre>
 *
 * Tabs in the shown line are expanded to 8-column stops and the caret line follows the expansion.
 */
final class Diagnostics {
    enum Kind {
        ERROR("error"), NOTE("note"), REMARK("remark");

        final String label;

        Kind(String label) { this.label = label; }
    }

    private static final int TAB_STOP = 8;

    private final PrintStream err;

    Diagnostics(PrintStream err) { this.err = err; }

    void report(SourceFile file, int loc, Kind kind, String message) {
        report(file, loc, kind, message, loc, loc);
    }

    /** Reports at {@code loc}, underlining {@code [rangeStart, rangeEnd)} with '~' where it lies on the shown line. */
    void report(SourceFile file, int loc, Kind kind, String message, int rangeStart, int rangeEnd) {
        StringBuilder sb = new StringBuilder();
        sb.append(file.name).append(':').append(file.line(loc)).append(':').append(file.column(loc))
                .append(": ").append(kind.label).append(": ").append(message).append('\n');
        int start = file.lineStart(loc);
        int end = file.lineEnd(loc);
        String line = file.text.substring(start, end);

        // Caret line in source columns first; tabs are expanded for both lines below.
        char[] caret = new char[Math.max(line.length(), loc - start + 1)];
        java.util.Arrays.fill(caret, ' ');
        int rs = Math.max(rangeStart, start);
        int re = Math.min(rangeEnd, end);
        for (int i = rs; i < re; i++) caret[i - start] = '~';
        caret[loc - start] = '^';

        sb.append(expandTabs(line, line, false)).append('\n');
        sb.append(stripTrailing(expandTabs(new String(caret), line, true))).append('\n');
        err.print(sb);
    }

    /** A message with no source location, e.g. {@code error: no check strings found ...}. */
    void reportGlobal(Kind kind, String message) {
        err.println(kind.label + ": " + message);
    }

    void raw(String text) {
        err.print(text);
    }

    private static String expandTabs(String s, String source, boolean repeatChar) {
        if (source.indexOf('\t') < 0) return s;
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i >= source.length() || source.charAt(i) != '\t') {
                out.append(c);
                col++;
                continue;
            }
            char fill = repeatChar ? c : ' ';
            do {
                out.append(fill);
                col++;
            } while (col % TAB_STOP != 0);
        }
        return out.toString();
    }

    private static String stripTrailing(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == ' ') e--;
        return s.substring(0, e);
    }
}
