package org.jmlir.tools.opt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jmlir.diag.Diagnostic;
import org.jmlir.diag.Severity;
import org.jmlir.ir.attr.FileLineColLoc;
import org.jmlir.ir.attr.UnknownLoc;

/**
 * MLIR's {@code --verify-diagnostics}: comments {@code // expected-error @+1 {{message}}} (also -warning, -note,
 * -remark; {@code -re} for regex sections in {@code {{ }}}; {@code @+N}, {@code @-N}, {@code @above},
 * {@code @below}, {@code @unknown}) must match the diagnostics produced, one for one.
 */
final class ExpectedDiagnostics {
    private static final Pattern EXPECTED = Pattern.compile(
        "expected-(error|warning|note|remark)(-re)?\\s*(?:@(\\+\\d+|-\\d+|above|below|unknown))?\\s*(\\d+)?\\s*\\{\\{(.*)}}");

    /** One expectation: severity, the line it targets (0 for @unknown), the pattern, and where it was written. */
    private static final class Expected {
        final Severity severity;
        final int line;
        final Pattern pattern;
        final String text;
        final int sourceLine;
        final int sourceColumn;
        int remaining;

        Expected(Severity severity, int line, Pattern pattern, String text, int sourceLine, int sourceColumn, int count) {
            this.severity = severity;
            this.line = line;
            this.pattern = pattern;
            this.text = text;
            this.sourceLine = sourceLine;
            this.sourceColumn = sourceColumn;
            this.remaining = count;
        }
    }

    private final String bufferName;
    private final List<Expected> expected = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    ExpectedDiagnostics(String bufferName, String text) {
        this.bufferName = bufferName;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECTED.matcher(lines[i]);
            if (!m.find()) continue;
            int lineNo = i + 1;
            Severity sev = Severity.valueOf(m.group(1).toUpperCase());
            boolean re = m.group(2) != null;
            String where = m.group(3);
            int target = lineNo;
            if (where != null) {
                target = switch (where) {
                    case "above" -> nearestPlainLine(lines, i, -1);
                    case "below" -> nearestPlainLine(lines, i, +1);
                    case "unknown" -> 0;
                    default -> lineNo + Integer.parseInt(where);
                };
            }
            int count = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
            String body = m.group(5);
            Pattern p;
            try {
                p = re ? Pattern.compile(toRegex(body)) : Pattern.compile(Pattern.quote(body));
            } catch (PatternSyntaxException e) {
                problems.add(new Diagnostic(Severity.ERROR, new FileLineColLoc(bufferName, lineNo, m.start() + 1),
                    "invalid regex: " + e.getDescription()));
                continue;
            }
            expected.add(new Expected(sev, target, p, body, lineNo, m.start() + 1, count));
        }
    }

    /** The 1-based number of the closest line in direction {@code step} that holds no expected-* directive. */
    private static int nearestPlainLine(String[] lines, int index, int step) {
        int i = index + step;
        while (i >= 0 && i < lines.length && EXPECTED.matcher(lines[i]).find()) i += step;
        return i + 1;
    }

    /** Literal text with {@code {{regex}}} sections. */
    private static String toRegex(String body) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int open = body.indexOf("{{", i);
            if (open < 0) {
                sb.append(Pattern.quote(body.substring(i)));
                break;
            }
            sb.append(Pattern.quote(body.substring(i, open)));
            int close = body.indexOf("}}", open + 2);
            if (close < 0) throw new PatternSyntaxException("unterminated regex section", body, open);
            sb.append('(').append(body, open + 2, close).append(')');
            i = close + 2;
        }
        return sb.toString();
    }

    boolean isEmpty() { return expected.isEmpty(); }

    /** Consumes a produced diagnostic (and its notes); unmatched ones become "unexpected" problems. */
    void observe(Diagnostic d) {
        match(d);
        for (Diagnostic n : d.notes()) match(n);
    }

    private void match(Diagnostic d) {
        FileLineColLoc pos = d.location().filePosition();
        int line = pos == null ? 0 : pos.line();
        boolean inBuffer = pos == null || pos.file().equals(bufferName);
        for (Expected e : expected) {
            if (e.remaining == 0 || e.severity != d.severity()) continue;
            if (inBuffer && e.line == line && e.pattern.matcher(d.message()).find()) {
                e.remaining--;
                return;
            }
        }
        problems.add(new Diagnostic(Severity.ERROR, d.location() instanceof UnknownLoc ? d.location() : d.location(),
            "unexpected " + d.severity().spelling() + ": " + d.message()));
    }

    /** The problems found: unexpected diagnostics, then expectations that were not met. */
    List<Diagnostic> finish() {
        List<Diagnostic> out = new ArrayList<>(problems);
        for (Expected e : expected) {
            if (e.remaining > 0) {
                out.add(new Diagnostic(Severity.ERROR, new FileLineColLoc(bufferName, e.sourceLine, e.sourceColumn),
                    "expected " + e.severity.spelling() + " \"" + e.text + "\" was not produced"));
            }
        }
        return out;
    }
}
