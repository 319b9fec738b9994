package org.jmlir.diag;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The text of input buffers by name, so diagnostics can show the source line and a caret. */
public final class SourceManager {
    /** One buffer with its line starts, computed on first use. */
    private static final class Buffer {
        final String text;
        int[] lineStarts;

        Buffer(String text) { this.text = text; }

        synchronized String line(int oneBased) {
            if (lineStarts == null) {
                int n = 1;
                for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
                lineStarts = new int[n];
                int k = 1;
                for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') lineStarts[k++] = i + 1;
            }
            if (oneBased < 1 || oneBased > lineStarts.length) return null;
            int s = lineStarts[oneBased - 1];
            int e = text.indexOf('\n', s);
            if (e < 0) e = text.length();
            if (e > s && text.charAt(e - 1) == '\r') e--;
            return text.substring(s, e);
        }
    }

    private final Map<String, Buffer> buffers = new ConcurrentHashMap<>();

    public void addBuffer(String name, String text) { buffers.put(name, new Buffer(text)); }

    /** The text of line {@code line} (1-based) of buffer {@code name}, or null if unknown. */
    public String line(String name, int line) {
        Buffer b = buffers.get(name);
        return b == null ? null : b.line(line);
    }
}
