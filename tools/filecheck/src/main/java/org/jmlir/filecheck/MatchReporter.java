package org.jmlir.filecheck;

/**
 * Prints the outcome of one pattern search the way LLVM's printMatch/printNoMatch do: errors for missing expected
 * strings and for excluded strings that were found, with "scanning from here", "found here", variable values and
 * a fuzzy "possible intended match here"; remarks for successful matches under {@code -v}.
 */
final class MatchReporter {
    private static final int FUZZY_SEARCH_LIMIT = 4096;
    private static final double FUZZY_QUALITY_LIMIT = 50;

    private final Diagnostics diags;
    private final SourceFile input;
    private final Variables vars;
    private final FileCheckOptions opts;

    MatchReporter(Diagnostics diags, SourceFile input, Variables vars, FileCheckOptions opts) {
        this.diags = diags;
        this.input = input;
        this.vars = vars;
        this.opts = opts;
    }

    /**
     * Reports a search of {@code input[from, to)}; {@code expected} is false for CHECK-NOT. Returns false when
     * the outcome is a failure.
     */
    boolean report(boolean expected, String prefix, Pattern p, int matchedCount, int from, int to,
            Pattern.Outcome outcome) {
        if (outcome instanceof Pattern.Found f) return printMatch(expected, prefix, p, matchedCount, f);
        return printNoMatch(expected, prefix, p, matchedCount, from, to, outcome);
    }

    private boolean printMatch(boolean expected, String prefix, Pattern p, int matchedCount, Pattern.Found f) {
        if (expected) {
            if (!opts.verbose) return true;
            if (!opts.veryVerbose && p.type.kind() == CheckType.Kind.EOF) return true;
        }
        String message = p.type.describe(prefix) + ": " + (expected ? "expected" : "excluded")
                + " string found in input" + countSuffix(p, matchedCount);
        diags.report(p.file, p.loc, expected ? Diagnostics.Kind.REMARK : Diagnostics.Kind.ERROR, message);
        diags.report(input, f.pos(), Diagnostics.Kind.NOTE, "found here", f.pos(), f.pos() + f.len());
        printSubstitutions(p, f.pos());
        for (Pattern.Capture c : f.captures()) {
            diags.report(input, c.start(), Diagnostics.Kind.NOTE, "captured var \"" + c.name() + "\"", c.start(),
                    c.end());
        }
        return expected;
    }

    private boolean printNoMatch(boolean expected, String prefix, Pattern p, int matchedCount, int from, int to,
            Pattern.Outcome outcome) {
        boolean patternError = outcome instanceof Pattern.Failed;
        if (outcome instanceof Pattern.Failed failed) {
            for (Pattern.Error e : failed.errors()) {
                diags.report(p.file, e.offset(), Diagnostics.Kind.ERROR, e.message());
            }
        }
        boolean error = expected || patternError;
        if (!error && !opts.veryVerbose) return true;
        if (!patternError) {
            String message = p.type.describe(prefix) + ": " + (expected ? "expected" : "excluded")
                    + " string not found in input" + countSuffix(p, matchedCount);
            diags.report(p.file, p.loc, expected ? Diagnostics.Kind.ERROR : Diagnostics.Kind.REMARK, message);
            diags.report(input, from, Diagnostics.Kind.NOTE, "scanning from here");
        }
        printSubstitutions(p, from);
        if (expected) printFuzzyMatch(p, from, to);
        return !error;
    }

    private static String countSuffix(Pattern p, int matchedCount) {
        return p.count() > 1 ? " (" + matchedCount + " out of " + p.count() + ")" : "";
    }

    private void printSubstitutions(Pattern p, int at) {
        for (Substitution s : p.substitutions) {
            String value = s.diagnosticValue(vars);
            if (value == null) continue;
            diags.report(input, at, Diagnostics.Kind.NOTE,
                    "with \"" + Escapes.escape(s.from()) + "\" equal to " + value);
        }
    }

    /**
     * Points at the input position that looks most like the pattern: smallest edit distance to the pattern text
     * (first line only), with a small penalty per line skipped.
     */
    private void printFuzzyMatch(Pattern p, int from, int to) {
        String example = p.example();
        int n = Math.min(FUZZY_SEARCH_LIMIT, to - from);
        if ((long) FUZZY_SEARCH_LIMIT * 2048 < (long) n * example.length()) return;
        String text = input.text;
        int best = -1;
        double bestQuality = 0;
        int lines = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(from + i);
            if (c == '\n') lines++;
            if (c == ' ' || c == '\t') continue;
            int start = from + i;
            int end = Math.min(to, start + example.length());
            int nl = text.indexOf('\n', start, end);
            if (nl >= 0) end = nl;
            int limit = best < 0 ? Integer.MAX_VALUE : (int) Math.ceil(bestQuality);
            int distance = EditDistance.distance(text, start, end, example, limit);
            double quality = distance + lines / 100.0;
            if (best < 0 || quality < bestQuality) {
                best = i;
                bestQuality = quality;
            }
        }
        if (best > 0 && bestQuality < FUZZY_QUALITY_LIMIT) {
            diags.report(input, from + best, Diagnostics.Kind.NOTE, "possible intended match here");
        }
    }
}
