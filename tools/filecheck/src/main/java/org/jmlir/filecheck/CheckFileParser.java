package org.jmlir.filecheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the check file: finds each directive ({@code PREFIX:}, {@code PREFIX-NEXT:}, ..., comment prefixes such
 * as {@code COM:} and {@code RUN:}), parses its pattern and groups CHECK-DAG/-NOT lines with the next positive
 * check, as LLVM's FileCheck::readCheckFile does. Problems are printed and end the run with status 2.
 */
final class CheckFileParser {
    private static final String IMPLICIT_PREFIX = "IMPLICIT-CHECK";
    private static final String IMPLICIT_FLAG = "-implicit-check-not='";

    /** What the text after a prefix turned out to be. */
    private enum Found { NONE, DIRECTIVE, MISSPELLED, BAD_NOT, BAD_COUNT }

    private record Directive(Found found, CheckType type, int after) {}

    private final SourceFile file;
    private final FileCheckOptions opts;
    private final Variables vars;
    private final Diagnostics diags;

    private CheckFileParser(SourceFile file, FileCheckOptions opts, Variables vars, Diagnostics diags) {
        this.file = file;
        this.opts = opts;
        this.vars = vars;
        this.diags = diags;
    }

    static List<CheckString> read(SourceFile file, FileCheckOptions opts, Variables vars, Diagnostics diags)
            throws ReportedFailure {
        return new CheckFileParser(file, opts, vars, diags).read();
    }

    /** Rejects empty, malformed or duplicated check/comment prefixes. */
    static void validatePrefixes(FileCheckOptions opts, Diagnostics diags) throws ReportedFailure {
        Set<String> unique = new HashSet<>();
        if (opts.checkPrefixes.isEmpty()) unique.add("CHECK");
        if (opts.commentPrefixes.isEmpty()) unique.addAll(List.of("COM", "RUN"));
        validate("check", opts.checkPrefixes, unique, diags);
        validate("comment", opts.commentPrefixes, unique, diags);
    }

    private static void validate(String kind, List<String> prefixes, Set<String> unique, Diagnostics diags)
            throws ReportedFailure {
        for (String p : prefixes) {
            if (p.isEmpty()) {
                diags.reportGlobal(Diagnostics.Kind.ERROR, "supplied " + kind
                        + " prefix must not be the empty string");
                throw new ReportedFailure(2);
            }
            if (!p.matches("[a-zA-Z0-9_-]*")) {
                diags.reportGlobal(Diagnostics.Kind.ERROR, "supplied " + kind + " prefix must start with a letter "
                        + "and contain only alphanumeric characters, hyphens, and underscores: '" + p + "'");
                throw new ReportedFailure(2);
            }
            if (!unique.add(p)) {
                diags.reportGlobal(Diagnostics.Kind.ERROR, "supplied " + kind
                        + " prefix must be unique among check and comment prefixes: '" + p + "'");
                throw new ReportedFailure(2);
            }
        }
    }

    private List<CheckString> read() throws ReportedFailure {
        GlobalDefines.define(opts.defines, vars, diags);
        List<CheckString.DagNot> implicit = implicitChecks();
        List<CheckString.DagNot> dagNots = new ArrayList<>(implicit);
        List<CheckString> checks = new ArrayList<>();

        List<String> checkPrefixes = opts.effectiveCheckPrefixes();
        Set<String> commentPrefixes = Set.copyOf(opts.effectiveCommentPrefixes());
        PrefixFinder finder = new PrefixFinder(file.text, checkPrefixes, commentPrefixes);
        TreeSet<String> notFound = new TreeSet<>(checkPrefixes);
        int distinct = notFound.size();
        String text = file.text;
        int pos = 0;
        while (true) {
            int at = finder.next(pos);
            if (at < 0) break;
            String prefix = finder.found();
            Directive d = new Directive(Found.NONE, null, -1);
            if (at == pos || !isPartOfWord(text.charAt(at - 1))) d = directive(at, prefix, commentPrefixes);
            if (d.found() == Found.NONE) {
                pos = skipWord(at + prefix.length());
                continue;
            }
            boolean comment = d.type() != null && d.type().kind() == CheckType.Kind.COMMENT;
            if (!comment) notFound.remove(prefix);
            switch (d.found()) {
                case MISSPELLED -> throw fail(at, "misspelled directive '" + text.substring(at, d.after()) + "'");
                case BAD_NOT -> throw fail(d.after(), "unsupported -NOT combo on prefix '" + prefix + "'");
                case BAD_COUNT -> throw fail(d.after(),
                        "invalid count in -COUNT specification on prefix '" + prefix + "'");
                default -> { }
            }
            int start = d.after();
            if (!(opts.strictWhitespace && opts.matchFullLines)) {
                while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t')) start++;
            }
            int eol = start;
            while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') eol++;
            pos = eol;
            if (comment) continue;

            CheckType type = d.type();
            Pattern pattern;
            try {
                pattern = PatternParser.parse(type, prefix, file, start, eol, file.line(at), vars, opts);
            } catch (CheckSyntaxError e) {
                diags.report(file, e.offset, Diagnostics.Kind.ERROR, e.getMessage());
                if (e.trailingBlankLine) diags.raw("\n");
                throw new ReportedFailure(e.exitCode);
            }
            CheckType.Kind kind = type.kind();
            if (kind == CheckType.Kind.LABEL && pattern.hasVariable()) {
                throw fail(at, "found '" + prefix + "-LABEL:' with variable definition or use");
            }
            if ((kind == CheckType.Kind.NEXT || kind == CheckType.Kind.SAME || kind == CheckType.Kind.EMPTY)
                    && checks.isEmpty()) {
                throw fail(at, "found '" + prefix + "-" + kind.name() + "' without previous '" + prefix
                        + ": line");
            }
            if (kind == CheckType.Kind.DAG || kind == CheckType.Kind.NOT) {
                dagNots.add(new CheckString.DagNot(pattern, prefix));
                continue;
            }
            checks.add(new CheckString(pattern, prefix, List.copyOf(dagNots)));
            dagNots = new ArrayList<>(implicit);
        }

        boolean noneUsed = notFound.size() == distinct;
        boolean someUnused = !opts.allowUnusedPrefixes && !notFound.isEmpty();
        if ((noneUsed || someUnused) && (implicit.isEmpty() || !opts.isDefaultCheckPrefix())) {
            StringBuilder sb = new StringBuilder("no check strings found with prefix");
            sb.append(notFound.size() > 1 ? "es " : " ");
            sb.append(String.join(", ", notFound.stream().map(p -> "'" + p + ":'").toList()));
            diags.reportGlobal(Diagnostics.Kind.ERROR, sb.toString());
            throw new ReportedFailure(2);
        }
        if (!dagNots.isEmpty()) {
            // Trailing CHECK-DAG/-NOT (and implicit check-nots) are checked against the rest of the input.
            Pattern eof = Pattern.eof(file, pos, file.line(pos) + 1, vars);
            checks.add(new CheckString(eof, checkPrefixes.get(0), List.copyOf(dagNots)));
        }
        return checks;
    }

    private List<CheckString.DagNot> implicitChecks() throws ReportedFailure {
        List<CheckString.DagNot> result = new ArrayList<>();
        for (String p : opts.implicitCheckNot) {
            // A pseudo buffer lets diagnostics point into the command-line option, as LLVM does.
            SourceFile cmd = new SourceFile("command line", IMPLICIT_FLAG + p + "'");
            int start = IMPLICIT_FLAG.length();
            try {
                Pattern pattern = PatternParser.parse(CheckType.of(CheckType.Kind.NOT), IMPLICIT_PREFIX, cmd, start,
                        start + p.length(), 1, vars, opts);
                result.add(new CheckString.DagNot(pattern, IMPLICIT_PREFIX));
            } catch (CheckSyntaxError e) {
                diags.report(cmd, e.offset, Diagnostics.Kind.ERROR, e.getMessage());
                if (e.trailingBlankLine) diags.raw("\n");
                throw new ReportedFailure(2);
            }
        }
        return result;
    }

    /** Classifies the text after {@code prefix} at {@code at}; mirrors LLVM's FindCheckType. */
    private Directive directive(int at, String prefix, Set<String> commentPrefixes) {
        String text = file.text;
        int i = at + prefix.length();
        if (i >= text.length()) return new Directive(Found.NONE, null, -1);
        if (commentPrefixes.contains(prefix)) {
            return text.charAt(i) == ':'
                    ? new Directive(Found.DIRECTIVE, CheckType.of(CheckType.Kind.COMMENT), i + 1)
                    : new Directive(Found.NONE, null, -1);
        }
        char c = text.charAt(i);
        if (c == ':') return new Directive(Found.DIRECTIVE, CheckType.of(CheckType.Kind.PLAIN), i + 1);
        if (c == '{') return modifiers(CheckType.of(CheckType.Kind.PLAIN), i, false);
        boolean misspelled = c == '_';
        if (!misspelled && c != '-') return new Directive(Found.NONE, null, -1);
        i++;
        if (text.startsWith("COUNT-", i)) {
            i += "COUNT-".length();
            int digits = i;
            long count = 0;
            while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9' && count <= Integer.MAX_VALUE) {
                count = count * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == digits || count <= 0 || count > Integer.MAX_VALUE || i >= text.length()
                    || (text.charAt(i) != ':' && text.charAt(i) != '{')) {
                return new Directive(Found.BAD_COUNT, null, i);
            }
            return modifiers(new CheckType(CheckType.Kind.PLAIN, (int) count, false), i, misspelled);
        }
        for (String bad : List.of("DAG-NOT:", "NOT-DAG:", "NEXT-NOT:", "NOT-NEXT:", "SAME-NOT:", "NOT-SAME:",
                "EMPTY-NOT:", "NOT-EMPTY:")) {
            if (text.startsWith(bad, i)) return new Directive(Found.BAD_NOT, null, i);
        }
        for (CheckType.Kind k : List.of(CheckType.Kind.NEXT, CheckType.Kind.SAME, CheckType.Kind.NOT,
                CheckType.Kind.DAG, CheckType.Kind.LABEL, CheckType.Kind.EMPTY)) {
            if (text.startsWith(k.name(), i)) return modifiers(CheckType.of(k), i + k.name().length(), misspelled);
        }
        return new Directive(Found.NONE, null, -1);
    }

    /** Parses {@code :} or {@code {LITERAL}:} at {@code i}. */
    private Directive modifiers(CheckType type, int i, boolean misspelled) {
        String text = file.text;
        Directive ok;
        if (i < text.length() && text.charAt(i) == ':') {
            ok = new Directive(Found.DIRECTIVE, type, i + 1);
        } else if (i < text.length() && text.charAt(i) == '{') {
            i++;
            while (true) {
                i = skipBlanks(i);
                if (!text.startsWith("LITERAL", i)) return new Directive(Found.NONE, null, -1);
                type = type.withLiteral();
                i = skipBlanks(i + "LITERAL".length());
                if (i >= text.length() || text.charAt(i) != ',') break;
                i++;
            }
            if (!text.startsWith("}:", i)) return new Directive(Found.NONE, null, -1);
            ok = new Directive(Found.DIRECTIVE, type, i + 2);
        } else {
            return new Directive(Found.NONE, null, -1);
        }
        return misspelled ? new Directive(Found.MISSPELLED, type, ok.after()) : ok;
    }

    private int skipBlanks(int i) {
        while (i < file.text.length() && Character.isWhitespace(file.text.charAt(i))) i++;
        return i;
    }

    private int skipWord(int i) {
        while (i < file.text.length() && isPartOfWord(file.text.charAt(i))) i++;
        return i;
    }

    private static boolean isPartOfWord(char c) {
        return (c < 0x80 && Character.isLetterOrDigit(c)) || c == '-' || c == '_';
    }

    /** Reports an error at {@code offset} of the check file; the caller throws the result. */
    private ReportedFailure fail(int offset, String message) {
        diags.report(file, offset, Diagnostics.Kind.ERROR, message);
        return new ReportedFailure(2);
    }

    /**
     * Finds the next occurrence of any check or comment prefix, preferring the longest at equal positions; the
     * last occurrence of each prefix is remembered so the file is scanned about once per prefix.
     */
    private static final class PrefixFinder {
        private final String text;
        private final List<String> prefixes;
        private final int[] next;
        private String found;

        PrefixFinder(String text, List<String> checkPrefixes, Set<String> commentPrefixes) {
            this.text = text;
            List<String> all = new ArrayList<>(checkPrefixes);
            all.addAll(commentPrefixes);
            all.sort(Comparator.comparingInt(String::length).reversed());
            this.prefixes = all;
            this.next = new int[all.size()];
            java.util.Arrays.fill(next, -2);
        }

        int next(int from) {
            int best = -1;
            found = null;
            for (int k = 0; k < prefixes.size(); k++) {
                if (next[k] == -1) continue;
                if (next[k] < from) next[k] = text.indexOf(prefixes.get(k), from);
                if (next[k] >= 0 && (best < 0 || next[k] < best)) {
                    best = next[k];
                    found = prefixes.get(k);
                }
            }
            return best;
        }

        /** The prefix found by the last {@link #next}. */
        String found() { return found; }
    }
}
