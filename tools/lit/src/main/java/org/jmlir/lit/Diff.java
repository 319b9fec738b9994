package org.jmlir.lit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code diff} built-in: exit 0 when two files (or a file and {@code -} for stdin) are equal, else 1 with a
 * unified diff (3 lines of context). {@code -b}, {@code -w} and {@code --strip-trailing-cr} relax the comparison;
 * other flags such as {@code -u} are accepted and ignored.
 */
final class Diff {
    private static final int CONTEXT = 3;
    /** Beyond this many cells the LCS table is skipped and the differing middle is shown as replaced. */
    private static final long MAX_CELLS = 4_000_000L;

    private Diff() {}

    static int run(List<String> args, byte[] stdin, PrintStream out, PrintStream err, Path cwd) {
        boolean ignoreSpaceChange = false;
        boolean ignoreAllSpace = false;
        boolean stripCr = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            switch (a) {
                case "-b", "--ignore-space-change" -> ignoreSpaceChange = true;
                case "-w", "--ignore-all-space" -> ignoreAllSpace = true;
                case "--strip-trailing-cr" -> stripCr = true;
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) continue; // -u, -U3 etc.
                    files.add(a);
                }
            }
        }
        if (files.size() != 2) {
            err.println("diff: expected two files, got " + files.size());
            return 2;
        }
        List<String> a;
        List<String> b;
        try {
            a = lines(read(files.get(0), stdin, cwd));
            b = lines(read(files.get(1), stdin, cwd));
        } catch (NoSuchFileException e) {
            err.println("diff: " + e.getFile() + ": No such file or directory");
            return 2;
        } catch (IOException e) {
            err.println("diff: " + e.getMessage());
            return 2;
        }
        List<String> ka = keys(a, ignoreSpaceChange, ignoreAllSpace, stripCr);
        List<String> kb = keys(b, ignoreSpaceChange, ignoreAllSpace, stripCr);
        if (ka.equals(kb)) return 0;
        out.print(unified(files.get(0), files.get(1), a, b, ka, kb));
        return 1;
    }

    private static String read(String name, byte[] stdin, Path cwd) throws IOException {
        byte[] bytes = name.equals("-") ? stdin : Files.readAllBytes(cwd.resolve(name));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) return List.of();
        String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(t.split("\n", -1));
    }

    private static List<String> keys(List<String> lines, boolean spaceChange, boolean allSpace, boolean stripCr) {
        List<String> keys = new ArrayList<>(lines.size());
        for (String l : lines) {
            String k = l;
            if (stripCr && k.endsWith("\r")) k = k.substring(0, k.length() - 1);
            if (allSpace) k = k.replaceAll("\\s+", "");
            else if (spaceChange) k = k.replaceAll("\\s+", " ").stripTrailing();
            keys.add(k);
        }
        return keys;
    }

    /** One line of the edit script: ' ' kept, '-' only in a, '+' only in b, with 0-based line indices. */
    private record Edit(char kind, int ai, int bi) {}

    static String unified(String nameA, String nameB, List<String> a, List<String> b, List<String> ka,
            List<String> kb) {
        List<Edit> edits = editScript(ka, kb);
        StringBuilder sb = new StringBuilder();
        sb.append("--- ").append(nameA).append('\n').append("+++ ").append(nameB).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).kind() == ' ') {
                i++;
                continue;
            }
            // A hunk: this change, following changes separated by at most 2*CONTEXT kept lines, and context.
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < edits.size()) {
                if (edits.get(end).kind() != ' ') lastChange = end;
                else if (end - lastChange > 2 * CONTEXT) break;
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            int aStart = -1;
            int bStart = -1;
            int aCount = 0;
            int bCount = 0;
            StringBuilder body = new StringBuilder();
            for (int k = start; k < end; k++) {
                Edit e = edits.get(k);
                if (e.kind() != '+') {
                    if (aStart < 0) aStart = e.ai();
                    aCount++;
                }
                if (e.kind() != '-') {
                    if (bStart < 0) bStart = e.bi();
                    bCount++;
                }
                String line = e.kind() == '+' ? b.get(e.bi()) : a.get(e.ai());
                body.append(e.kind()).append(line).append('\n');
            }
            if (aStart < 0) aStart = edits.get(start).ai();
            if (bStart < 0) bStart = edits.get(start).bi();
            sb.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount))
                    .append(" @@\n").append(body);
            i = end;
        }
        return sb.toString();
    }

    private static String range(int start, int count) {
        int first = count == 0 ? start : start + 1;
        return count == 1 ? Integer.toString(first) : first + "," + count;
    }

    /** Longest-common-subsequence edit script, after trimming the common prefix and suffix. */
    private static List<Edit> editScript(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) pre++;
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
            suf++;
        }
        int n = a.size() - pre - suf;
        int m = b.size() - pre - suf;
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < pre; k++) edits.add(new Edit(' ', k, k));
        if ((long) n * m <= MAX_CELLS) {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = a.get(pre + x).equals(b.get(pre + y))
                            ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n || y < m) {
                if (x < n && y < m && a.get(pre + x).equals(b.get(pre + y))) {
                    edits.add(new Edit(' ', pre + x++, pre + y++));
                } else if (y < m && (x == n || lcs[x][y + 1] > lcs[x + 1][y])) {
                    edits.add(new Edit('+', pre + x, pre + y++));
                } else {
                    edits.add(new Edit('-', pre + x++, pre + y));
                }
            }
        } else {
            for (int x = 0; x < n; x++) edits.add(new Edit('-', pre + x, pre));
            for (int y = 0; y < m; y++) edits.add(new Edit('+', pre + n, pre + y));
        }
        for (int k = 0; k < suf; k++) edits.add(new Edit(' ', a.size() - suf + k, b.size() - suf + k));
        return edits;
    }
}
