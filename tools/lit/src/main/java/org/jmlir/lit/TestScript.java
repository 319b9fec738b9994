package org.jmlir.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lit directives of a test file: RUN lines (joined across trailing backslashes, with {@code %(line)}
 * expressions resolved) and the REQUIRES / UNSUPPORTED / XFAIL feature expressions. A directive may follow any
 * comment leader ({@code //}, {@code #}, {@code ;}); the first keyword on a line counts, {@code END.} stops the
 * scan, as in lit.
 */
record TestScript(List<RunLine> runLines, List<String> requires, List<String> unsupported, List<String> xfails) {
    /** One RUN command and the line it started on. */
    record RunLine(int line, String command) {}

    /** The file cannot be run (lit's UNRESOLVED). */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) { super(message); }
    }

    private static final Pattern KEYWORD = Pattern.compile(
            "(RUN:|XFAIL:|REQUIRES:|UNSUPPORTED:|ALLOW_RETRIES:|END\\.|DEFINE:|REDEFINE:)(.*)");
    private static final Pattern LINE_EXPR = Pattern.compile("%\\(line *([+-]) *(\\d+)\\)");

    static TestScript parse(String text) throws Invalid {
        List<RunLine> runs = new ArrayList<>();
        List<String> requires = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        List<String> xfails = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = KEYWORD.matcher(lines[i]);
            if (!m.find()) continue;
            int lineNo = i + 1;
            String keyword = m.group(1);
            String value = stripCr(m.group(2));
            switch (keyword) {
                case "RUN:" -> addRun(runs, lineNo, substituteLineNumbers(lineNo, value));
                case "REQUIRES:" -> addList(requires, value);
                case "UNSUPPORTED:" -> addList(unsupported, value);
                case "XFAIL:" -> addList(xfails, value);
                case "ALLOW_RETRIES:" -> { /* tests run once */ }
                case "END." -> {
                    if (value.isBlank()) i = lines.length;
                }
                default -> throw new Invalid("'" + keyword + "' directives are not supported by the jmlir lit "
                        + "runner (line " + lineNo + ")");
            }
        }
        if (runs.isEmpty()) throw new Invalid("Test has no 'RUN:' line");
        for (RunLine r : runs) {
            if (r.command().endsWith("\\")) {
                throw new Invalid("Test has unterminated 'RUN:' directive (with '\\') at line " + r.line());
            }
        }
        for (List<String> list : List.of(requires, unsupported, xfails)) {
            if (!list.isEmpty() && list.getLast().endsWith("\\")) {
                throw new Invalid("Test has unterminated feature list (with '\\')");
            }
        }
        return new TestScript(runs, requires, unsupported, xfails);
    }

    private static String stripCr(String s) {
        int e = s.length();
        while (e > 0 && s.charAt(e - 1) == '\r') e--;
        return s.substring(0, e);
    }

    private static void addRun(List<RunLine> runs, int lineNo, String command) {
        String c = command.stripTrailing();
        if (!runs.isEmpty() && runs.getLast().command().endsWith("\\")) {
            RunLine last = runs.removeLast();
            String joined = last.command().substring(0, last.command().length() - 1) + c;
            runs.add(new RunLine(last.line(), joined));
        } else {
            runs.add(new RunLine(lineNo, c.strip()));
        }
    }

    private static void addList(List<String> list, String value) {
        List<String> parts = new ArrayList<>();
        for (String p : value.split(",")) {
            if (!p.isBlank()) parts.add(p.strip());
        }
        if (!list.isEmpty() && list.getLast().endsWith("\\") && !parts.isEmpty()) {
            String last = list.removeLast();
            list.add(last.substring(0, last.length() - 1) + parts.removeFirst());
        }
        list.addAll(parts);
    }

    static String substituteLineNumbers(int lineNo, String s) {
        s = s.replace("%(line)", Integer.toString(lineNo));
        Matcher m = LINE_EXPR.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(2));
            m.appendReplacement(sb, Integer.toString(m.group(1).equals("+") ? lineNo + n : lineNo - n));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
