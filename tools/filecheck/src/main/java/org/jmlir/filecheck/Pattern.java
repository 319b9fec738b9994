package org.jmlir.filecheck;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * One parsed check pattern: either a fixed string (searched with indexOf, as LLVM does) or a regex template plus
 * match-time substitutions and variable captures. Built by {@link PatternParser}.
 */
final class Pattern {
    /** A numeric variable defined by this pattern from capture group {@code group}. */
    record NumericDef(NumericVariable var, int group) {}

    /** Where a variable's value was captured in the input (for {@code -v} notes). */
    record Capture(String name, int start, int end) {}

    /** Result of {@link #match}. */
    sealed interface Outcome {}

    record Found(int pos, int len, List<Capture> captures) implements Outcome {}

    record NotFound() implements Outcome {}

    /** The pattern could not be matched at all, e.g. it uses an undefined variable. */
    record Failed(List<Error> errors) implements Outcome {}

    /** A pattern error located in the check file. */
    record Error(String message, int offset) {}

    private static final int FLAGS = java.util.regex.Pattern.MULTILINE | java.util.regex.Pattern.UNIX_LINES;

    final CheckType type;
    final SourceFile file;
    /** Offset of the pattern text in {@link #file}. */
    final int loc;
    final int lineNumber;
    /** Non-null for fixed-string patterns. */
    final String fixed;
    /** Regex template for non-fixed patterns. */
    final String regex;
    /** The fixed text, or the regex as LLVM spells it; compared against input by the fuzzy match search. */
    private final String example;
    final List<Substitution> substitutions;
    final Map<String, Integer> stringDefs;
    final List<NumericDef> numericDefs;
    /** Emulate POSIX leftmost-longest matching (only differs from Java's when a regex has alternatives). */
    final boolean longest;
    final boolean ignoreCase;
    private final Variables vars;
    private java.util.regex.Pattern compiled;

    Pattern(CheckType type, SourceFile file, int loc, int lineNumber, String fixed, String regex, String example,
            List<Substitution> substitutions, Map<String, Integer> stringDefs, List<NumericDef> numericDefs,
            boolean longest, boolean ignoreCase, Variables vars) {
        this.type = type;
        this.file = file;
        this.loc = loc;
        this.lineNumber = lineNumber;
        this.fixed = fixed;
        this.regex = regex;
        this.example = example;
        this.substitutions = substitutions;
        this.stringDefs = stringDefs;
        this.numericDefs = numericDefs;
        this.longest = longest;
        this.ignoreCase = ignoreCase;
        this.vars = vars;
    }

    static Pattern eof(SourceFile file, int loc, int lineNumber, Variables vars) {
        return new Pattern(CheckType.of(CheckType.Kind.EOF), file, loc, lineNumber, null, "", "", List.of(), Map.of(),
                List.of(), false, false, vars);
    }

    int count() { return type.count(); }

    boolean hasVariable() { return !substitutions.isEmpty() || !stringDefs.isEmpty(); }

    /** What fuzzy matching compares input against: the fixed text, else the regex as LLVM spells it. */
    String example() { return example; }

    /** Searches {@code text[from, to)} as if it were the whole input; defines variables on success. */
    Outcome match(String text, int from, int to) {
        if (type.kind() == CheckType.Kind.EOF) return new Found(to, 0, List.of());
        if (fixed != null) {
            int pos = ignoreCase ? indexOfIgnoreCase(text, fixed, from, to) : text.indexOf(fixed, from, to);
            if (pos < 0 || pos + fixed.length() > to) return new NotFound();
            return new Found(pos, fixed.length(), List.of());
        }
        java.util.regex.Pattern p = compiled;
        if (p == null) {
            String source = regex;
            if (!substitutions.isEmpty()) {
                List<Error> errors = new ArrayList<>();
                source = substitute(errors);
                if (!errors.isEmpty()) return new Failed(errors);
            }
            p = java.util.regex.Pattern.compile(source,
                    FLAGS | (ignoreCase ? java.util.regex.Pattern.CASE_INSENSITIVE : 0));
            if (substitutions.isEmpty()) compiled = p;
        }
        Matcher m = p.matcher(text).region(from, to);
        if (!m.find()) return new NotFound();
        MatchResult r = longest ? longestAt(p, text, from, to, m) : m.toMatchResult();
        List<Capture> captures = new ArrayList<>();
        for (Map.Entry<String, Integer> def : stringDefs.entrySet()) {
            int g = def.getValue();
            String value = r.start(g) < 0 ? "" : r.group(g);
            vars.strings.put(def.getKey(), value);
            captures.add(new Capture(def.getKey(), Math.max(r.start(g), r.start()), Math.max(r.end(g), r.start())));
        }
        for (NumericDef def : numericDefs) {
            int g = def.group();
            String value = r.group(g);
            try {
                def.var().setValue(def.var().format.parse(value == null ? "" : value));
            } catch (NumberFormatException e) {
                return new Failed(List.of(new Error("unable to represent numeric value", loc)));
            }
            captures.add(new Capture(def.var().name, r.start(g), r.end(g)));
        }
        captures.sort((a, b) -> Integer.compare(a.start(), b.start()));
        // CHECK-EMPTY's regex consumes the newline before the empty line; the match starts after it.
        int skip = type.kind() == CheckType.Kind.EMPTY ? 1 : 0;
        return new Found(r.start() + skip, r.end() - r.start() - skip, captures);
    }

    private String substitute(List<Error> errors) {
        vars.line.setValue((long) lineNumber);
        StringBuilder sb = new StringBuilder(regex);
        int shift = 0;
        for (Substitution s : substitutions) {
            try {
                String value = s.regexValue(vars);
                sb.insert(s.insertAt() + shift, value);
                shift += value.length();
            } catch (UndefinedVariableException e) {
                for (UndefinedVariableException.Use u : e.uses) {
                    errors.add(new Error("undefined variable: " + u.name(), u.offset()));
                }
            } catch (ArithmeticException e) {
                errors.add(new Error("unable to substitute variable or numeric expression: overflow error",
                        s.fromOffset()));
            }
        }
        return sb.toString();
    }

    /**
     * POSIX regexes match the longest string at the leftmost position, Java's the first alternative that works.
     * Keep Java's start and try ever shorter ends from the end of that line until one matches as a whole.
     */
    private static MatchResult longestAt(java.util.regex.Pattern p, String text, int from, int to, Matcher first) {
        int start = first.start();
        int limit = first.end();
        while (limit < to && text.charAt(limit) != '\n') limit++;
        if (limit == first.end()) return first.toMatchResult();
        Matcher m = p.matcher(CharBuffer.wrap(text, from, to));
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        for (int end = limit; end > first.end(); end--) {
            m.region(start - from, end - from);
            if (m.matches()) return new Shifted(m.toMatchResult(), from);
        }
        return first.toMatchResult();
    }

    /** A match on a view of the text starting at {@code shift}, reported in text offsets. */
    private record Shifted(MatchResult r, int shift) implements MatchResult {
        @Override public int start() { return r.start() + shift; }

        @Override public int start(int group) { return r.start(group) < 0 ? -1 : r.start(group) + shift; }

        @Override public int end() { return r.end() + shift; }

        @Override public int end(int group) { return r.end(group) < 0 ? -1 : r.end(group) + shift; }

        @Override public String group() { return r.group(); }

        @Override public String group(int group) { return r.group(group); }

        @Override public int groupCount() { return r.groupCount(); }
    }

    private static int indexOfIgnoreCase(String text, String s, int from, int to) {
        for (int i = from; i + s.length() <= to; i++) {
            if (text.regionMatches(true, i, s, 0, s.length())) return i;
        }
        return -1;
    }
}
