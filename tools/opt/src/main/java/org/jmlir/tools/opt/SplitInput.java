package org.jmlir.tools.opt;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an input at lines that start with the split marker ({@code // -----}), as mlir-opt's
 * {@code --split-input-file} does. Each chunk is padded with the newlines that precede it so that locations keep
 * the line numbers of the whole file.
 */
final class SplitInput {
    static final String DEFAULT_MARKER = "// -----";

    private SplitInput() {}

    static List<String> split(String text, String marker) {
        List<String> chunks = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int lineNo = 0;
        int chunkStartLine = 0;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl + 1;
            String line = text.substring(pos, end);
            if (line.stripLeading().startsWith(marker) && isMarkerLine(line, marker)) {
                chunks.add(cur.toString());
                cur.setLength(0);
                chunkStartLine = lineNo + 1;
                cur.repeat('\n', chunkStartLine);
            } else {
                cur.append(line);
            }
            lineNo++;
            if (nl < 0) break;
            pos = end;
        }
        chunks.add(cur.toString());
        return chunks;
    }

    /**
     * Lines that look like a mistyped split marker ({@code // ---} or {@code // ----}: the marker's start with three
     * or four dashes), as [line, column] of the fourth dash position, where mlir-opt points its warning.
     */
    static List<int[]> nearMisses(String text, String marker) {
        List<int[]> out = new ArrayList<>();
        if (!marker.equals(DEFAULT_MARKER)) return out;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            String t = l.stripLeading();
            if (t.equals("// ---") || t.equals("// ----")) {
                out.add(new int[] {i + 1, l.length() - t.length() + 7});
            }
        }
        return out;
    }

    /** A marker line holds the marker and nothing but dashes/whitespace after it. */
    private static boolean isMarkerLine(String line, String marker) {
        String rest = line.strip().substring(marker.length());
        for (int i = 0; i < rest.length(); i++) if (rest.charAt(i) != '-') return false;
        return true;
    }
}
