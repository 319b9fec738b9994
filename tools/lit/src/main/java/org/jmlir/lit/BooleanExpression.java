package org.jmlir.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lit's feature expressions as used by REQUIRES, UNSUPPORTED and XFAIL: identifiers ({@code [-+=._a-zA-Z0-9]+},
 * true when the feature is available; {@code true} always is), {@code !}, {@code &&}, {@code ||}, parentheses,
 * and {@code {{regex}}} pieces inside identifiers that match any available feature.
 */
final class BooleanExpression {
    private static final Pattern TOKEN =
            Pattern.compile("\\A\\s*([()]|&&|\\|\\||!|(?:[-+=._a-zA-Z0-9]+|\\{\\{.+?\\}\\})+)\\s*(.*)\\z",
                    Pattern.DOTALL);

    private final List<String> tokens;
    private final Set<String> features;
    private final String source;
    private int pos;

    private BooleanExpression(String source, List<String> tokens, Set<String> features) {
        this.source = source;
        this.tokens = tokens;
        this.features = features;
    }

    /** Evaluates {@code expr}; throws IllegalArgumentException on syntax errors. */
    static boolean evaluate(String expr, Set<String> features) {
        List<String> tokens = new ArrayList<>();
        String rest = expr;
        while (!rest.isEmpty()) {
            Matcher m = TOKEN.matcher(rest);
            if (!m.matches()) {
                if (rest.isBlank()) break;
                throw new IllegalArgumentException("couldn't parse text: '" + rest + "' in expression: '" + expr
                        + "'");
            }
            tokens.add(m.group(1));
            rest = m.group(2);
        }
        BooleanExpression p = new BooleanExpression(expr, tokens, features);
        boolean v = p.or();
        if (p.pos != tokens.size()) p.fail("expected: <end of expression>");
        return v;
    }

    private String peek() { return pos < tokens.size() ? tokens.get(pos) : null; }

    private boolean accept(String t) {
        if (t.equals(peek())) {
            pos++;
            return true;
        }
        return false;
    }

    private void fail(String message) {
        String found = peek() == null ? "<end of expression>" : "'" + peek() + "'";
        throw new IllegalArgumentException(message + " but found " + found + " in expression: '" + source + "'");
    }

    private boolean or() {
        boolean v = and();
        while (accept("||")) v |= and();
        return v;
    }

    private boolean and() {
        boolean v = not();
        while (accept("&&")) v &= not();
        return v;
    }

    private boolean not() {
        if (accept("!")) return !not();
        if (accept("(")) {
            boolean v = or();
            if (!accept(")")) fail("expected: ')'");
            return v;
        }
        String t = peek();
        if (t == null || t.equals(")") || t.equals("&&") || t.equals("||")) fail("expected: '!', '(', '{{', or identifier");
        pos++;
        return matches(t);
    }

    private boolean matches(String identifier) {
        if (!identifier.contains("{{")) return identifier.equals("true") || features.contains(identifier);
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < identifier.length()) {
            int open = identifier.indexOf("{{", i);
            if (open < 0) {
                re.append(Pattern.quote(identifier.substring(i)));
                break;
            }
            if (open > i) re.append(Pattern.quote(identifier.substring(i, open)));
            int close = identifier.indexOf("}}", open + 2);
            re.append("(?:").append(identifier, open + 2, close).append(')');
            i = close + 2;
        }
        Pattern p = Pattern.compile(re.toString());
        return features.stream().anyMatch(f -> p.matcher(f).matches());
    }
}
