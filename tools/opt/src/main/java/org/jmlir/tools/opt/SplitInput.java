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

    /** A marker line holds the marker and nothing but dashes/whitespace after it. */
    private static boolean isMarkerLine(String line, String marker) {
        String rest = line.strip().substring(marker.length());
        for (int i = 0; i < rest.length(); i++) if (rest.charAt(i) != '-') return false;
        return true;
    }
}
