package org.jmlir.filecheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches the parsed checks against the input, with LLVM's semantics:
 *
 * <ul>
 *   <li>CHECK-LABEL lines are matched first and cut the input into blocks; the checks between two labels only
 *       see their block, and a failure in one block does not stop the others from being checked.
 *   <li>Each positive check first matches its preceding CHECK-DAG group(s) (in any order, without overlaps),
 *       then itself (COUNT times for CHECK-COUNT); CHECK-NOT lines must not match in the region they guard.
 *   <li>CHECK-NEXT/-EMPTY must be on the line after the previous match, CHECK-SAME on the same line.
 * </ul>
 *
 * Positions are offsets into the (canonicalized) input text.
 */
final class InputChecker {
    private final SourceFile input;
    private final String text;
    private final List<CheckString> checks;
    private final FileCheckOptions opts;
    private final Variables vars;
    private final Diagnostics diags;
    private final MatchReporter reporter;

    /** Start and length of a check's match; the length spans all COUNT repetitions. */
    private record Span(int pos, int len) {
        int end() { return pos + len; }
    }

    InputChecker(SourceFile input, List<CheckString> checks, FileCheckOptions opts, Variables vars,
            Diagnostics diags) {
        this.input = input;
        this.text = input.text;
        this.checks = checks;
        this.opts = opts;
        this.vars = vars;
        this.diags = diags;
        this.reporter = new MatchReporter(diags, input, vars, opts);
    }

    /** True when all checks pass. */
    boolean run() {
        boolean failed = false;
        int bufferStart = 0;
        int i = 0;
        int j = 0;
        int e = checks.size();
        while (true) {
            int regionStart = bufferStart;
            int regionEnd = text.length();
            if (j != e) {
                CheckString label = checks.get(j);
                if (label.pattern().type.kind() != CheckType.Kind.LABEL) {
                    j++;
                    continue;
                }
                // Find the next label, ignoring its DAG/NOT lines: they are checked with the block below.
                Span m = check(label, bufferStart, text.length(), true);
                if (m == null) return false;
                regionEnd = m.end();
                bufferStart = m.end();
                j++;
            }
            // The first block keeps variables from the command line.
            if (i != 0 && opts.enableVarScope) vars.clearLocals();
            for (; i != j; i++) {
                Span m = check(checks.get(i), regionStart, regionEnd, false);
                if (m == null) {
                    failed = true;
                    i = j;
                    break;
                }
                regionStart = m.end();
            }
            if (j == e) break;
        }
        return !failed;
    }

    /** Matches one check within {@code [from, to)}; null when it fails (after reporting). */
    private Span check(CheckString cs, int from, int to, boolean labelScan) {
        Pattern p = cs.pattern();
        int lastPos = from;
        List<CheckString.DagNot> notStrings = new ArrayList<>();
        if (!labelScan) {
            lastPos = checkDag(cs, from, to, notStrings);
            if (lastPos < 0) return null;
        }
        int lastMatchEnd = lastPos;
        int firstMatchPos = -1;
        for (int k = 1; k <= p.count(); k++) {
            Pattern.Outcome o = p.match(text, lastMatchEnd, to);
            if (!reporter.report(true, cs.prefix(), p, k, lastMatchEnd, to, o)) return null;
            Pattern.Found f = (Pattern.Found) o;
            if (k == 1) firstMatchPos = f.pos();
            lastMatchEnd = f.pos() + f.len();
        }
        if (!labelScan) {
            if (checkNext(cs, lastPos, firstMatchPos)) return null;
            if (checkSame(cs, lastPos, firstMatchPos)) return null;
            if (checkNot(notStrings, lastPos, firstMatchPos)) return null;
        }
        return new Span(firstMatchPos, lastMatchEnd - firstMatchPos);
    }

    /**
     * Matches the CHECK-DAG groups before {@code cs}; CHECK-NOTs between groups must not occur between them, and
     * those after the last group are handed back in {@code notStrings}. Returns where the check itself starts
     * searching, or -1 on failure.
     */
    private int checkDag(CheckString cs, int from, int to, List<CheckString.DagNot> notStrings) {
        List<CheckString.DagNot> dagNots = cs.dagNots();
        if (dagNots.isEmpty()) return from;
        int startPos = from;
        // Sorted, non-overlapping matches of the current DAG group.
        List<Span> ranges = new ArrayList<>();
        for (int idx = 0; idx < dagNots.size(); idx++) {
            CheckString.DagNot dn = dagNots.get(idx);
            Pattern p = dn.pattern();
            if (p.type.kind() == CheckType.Kind.NOT) {
                notStrings.add(dn);
                continue;
            }
            int matchPos = startPos;
            int mi = 0;
            Span m;
            Pattern.Found found;
            while (true) {
                Pattern.Outcome o = p.match(text, matchPos, to);
                if (!(o instanceof Pattern.Found f)) {
                    reporter.report(true, dn.prefix(), p, 1, matchPos, to, o);
                    return -1;
                }
                found = f;
                m = new Span(f.pos(), f.len());
                if (opts.allowDeprecatedDagOverlap) {
                    if (ranges.isEmpty()) {
                        ranges.add(m);
                    } else {
                        Span block = ranges.get(0);
                        int lo = Math.min(block.pos(), m.pos());
                        ranges.set(0, new Span(lo, Math.max(block.end(), m.end()) - lo));
                    }
                    break;
                }
                boolean overlap = false;
                for (; mi < ranges.size(); mi++) {
                    Span r = ranges.get(mi);
                    if (m.pos() < r.end()) {
                        overlap = r.pos() < m.end();
                        break;
                    }
                }
                if (!overlap) {
                    ranges.add(mi, m);
                    break;
                }
                if (opts.veryVerbose) {
                    Span r = ranges.get(mi);
                    diags.report(input, r.pos(), Diagnostics.Kind.NOTE,
                            "match discarded, overlaps earlier DAG match here", r.pos(), r.end());
                }
                // Retry after the overlapped match.
                matchPos = ranges.get(mi).end();
                mi++;
            }
            reporter.report(true, dn.prefix(), p, 1, startPos, to, found);

            boolean groupEnds = idx + 1 == dagNots.size()
                    || dagNots.get(idx + 1).pattern().type.kind() == CheckType.Kind.NOT;
            if (groupEnds) {
                if (!notStrings.isEmpty()) {
                    if (checkNot(notStrings, startPos, ranges.get(0).pos())) return -1;
                    notStrings.clear();
                }
                startPos = ranges.get(ranges.size() - 1).end();
                ranges.clear();
            }
        }
        return startPos;
    }

    /** True (after reporting) if any of {@code notStrings} matches in {@code [from, to)}. */
    private boolean checkNot(List<CheckString.DagNot> notStrings, int from, int to) {
        boolean failed = false;
        for (CheckString.DagNot dn : notStrings) {
            Pattern.Outcome o = dn.pattern().match(text, from, to);
            if (!reporter.report(false, dn.prefix(), dn.pattern(), 1, from, to, o)) failed = true;
        }
        return failed;
    }

    private boolean checkNext(CheckString cs, int prevEnd, int matchPos) {
        CheckType.Kind kind = cs.pattern().type.kind();
        if (kind != CheckType.Kind.NEXT && kind != CheckType.Kind.EMPTY) return false;
        String name = cs.prefix() + (kind == CheckType.Kind.EMPTY ? "-EMPTY" : "-NEXT");
        int[] firstNewLine = new int[1];
        int newlines = countNewlines(prevEnd, matchPos, firstNewLine);
        if (newlines == 1) return false;
        Pattern p = cs.pattern();
        diags.report(p.file, p.loc, Diagnostics.Kind.ERROR, name + (newlines == 0
                ? ": is on the same line as previous match"
                : ": is not on the line after the previous match"));
        diags.report(input, matchPos, Diagnostics.Kind.NOTE, "'next' match was here");
        diags.report(input, prevEnd, Diagnostics.Kind.NOTE, "previous match ended here");
        if (newlines > 1) {
            diags.report(input, firstNewLine[0], Diagnostics.Kind.NOTE,
                    "non-matching line after previous match is here");
        }
        return true;
    }

    private boolean checkSame(CheckString cs, int prevEnd, int matchPos) {
        if (cs.pattern().type.kind() != CheckType.Kind.SAME) return false;
        if (countNewlines(prevEnd, matchPos, new int[1]) == 0) return false;
        Pattern p = cs.pattern();
        diags.report(p.file, p.loc, Diagnostics.Kind.ERROR,
                cs.prefix() + "-SAME: is not on the same line as the previous match");
        diags.report(input, matchPos, Diagnostics.Kind.NOTE, "'next' match was here");
        diags.report(input, prevEnd, Diagnostics.Kind.NOTE, "previous match ended here");
        return true;
    }

    /** Line breaks in {@code [from, to)}, counting "\r\n" and "\n\r" once; sets where the first one ends. */
    private int countNewlines(int from, int to, int[] firstNewLineEnd) {
        int count = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                i++;
                continue;
            }
            count++;
            if (i + 1 < to && (text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r') && text.charAt(i + 1) != c) {
                i++;
            }
            i++;
            if (count == 1) firstNewLineEnd[0] = i;
        }
        return count;
    }
}
