package org.jmlir.filecheck;

import java.util.Arrays;

/**
 * A named text buffer (check file, input, or a synthetic "command line" buffer) with a line index, so that
 * diagnostics can turn character offsets into {@code line:column} and show the source line, as LLVM's SourceMgr
 * does.
 */
final class SourceFile {
    final String name;
    final String text;
    private final int[] lineStarts;

    SourceFile(String name, String text) {
        this.name = name;
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
    }

    /** 1-based line number of {@code offset}; the end of the text belongs to the last line. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of {@code offset} (counted in chars). */
    int column(int offset) {
        return offset - lineStart(offset) + 1;
    }

    int lineStart(int offset) {
        return lineStarts[line(offset) - 1];
    }

    /** End of the line holding {@code offset}: the next '\n' or '\r', or the end of text. */
    int lineEnd(int offset) {
        int i = lineStart(offset);
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
        return i;
    }
}
