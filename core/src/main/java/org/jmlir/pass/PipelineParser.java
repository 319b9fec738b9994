package org.jmlir.pass;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses MLIR's textual pass pipelines: {@code anchor(element, ...)} where an element is a pass
 * ({@code name} or {@code name{opt=value ...}}) or a nested pipeline ({@code op.name(...)} or {@code any(...)}).
 * Errors use mlir-opt's words and positions (columns count within the text inside the outermost anchor).
 */
public final class PipelineParser {
    private final PassRegistry registry;

    public PipelineParser(PassRegistry registry) { this.registry = registry; }

    /** Parses a whole pipeline including its anchor: {@code builtin.module(...)}. */
    public OpPassManager parse(String text) throws PipelineException {
        String t = text.strip();
        int open = t.indexOf('(');
        if (open <= 0 || !t.endsWith(")") || !isName(t.substring(0, open))) {
            throw new PipelineException("expected pass pipeline to be wrapped with the anchor operation type, e.g. "
                + "'builtin.module(...)'");
        }
        OpPassManager pm = new OpPassManager(t.substring(0, open));
        parseInto(t.substring(open + 1, t.length() - 1), pm);
        return pm;
    }

    /** Parses a comma-separated list of elements into {@code pm}. */
    public void parseInto(String inner, OpPassManager pm) throws PipelineException {
        checkParens(inner);
        new Cursor(inner).elements(pm, this);
    }

    private static boolean isName(String s) {
        if (s.isEmpty()) return false;
        for (char c : s.toCharArray()) if (!isNameChar(c)) return false;
        return true;
    }

    static boolean isNameChar(char c) { return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-'; }

    private static void checkParens(String s) throws PipelineException {
        List<Integer> open = new ArrayList<>();
        int brace = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') brace++;
            else if (c == '}') brace--;
            if (brace > 0) continue;
            if (c == '(') open.add(i);
            else if (c == ')') {
                if (open.isEmpty()) throw error(s, i, "encountered extra closing ')' creating unbalanced parentheses "
                    + "while parsing pipeline");
                open.remove(open.size() - 1);
            }
        }
        if (!open.isEmpty()) {
            throw error(s, open.get(open.size() - 1) + 1, "encountered unbalanced parentheses while parsing pipeline");
        }
    }

    static PipelineException error(String text, int col, String message) {
        return new PipelineException("MLIR Textual PassPipeline Parser:1:" + (col + 1) + ": error: " + message + "\n"
            + text + "\n" + " ".repeat(col) + "^");
    }

    Pass createPass(String text, int col, String name, String options) throws PipelineException {
        PassRegistry.Entry e = registry.lookup(name);
        if (e == null) throw error(text, col, "'" + name + "' does not refer to a registered pass or pass pipeline");
        Pass p = e.info().create();
        if (options != null) PassOptionsParser.apply(p, options);
        return p;
    }

    /** A position in the text inside the outermost anchor. */
    private static final class Cursor {
        final String s;
        int i;

        Cursor(String s) { this.s = s; }

        void skipSpace() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }

        void elements(OpPassManager pm, PipelineParser parser) throws PipelineException {
            while (true) {
                skipSpace();
                int start = i;
                while (i < s.length() && isNameChar(s.charAt(i))) i++;
                String name = s.substring(start, i);
                skipSpace();
                if (i < s.length() && s.charAt(i) == '(') {
                    if (name.isEmpty()) throw error(s, start, "expected pass or pipeline name");
                    i++;
                    OpPassManager nested = pm.addNested(name);
                    skipSpace();
                    if (i < s.length() && s.charAt(i) != ')') elements(nested, parser);
                    skipSpace();
                    i++; // ')' (balanced, checked up front)
                } else {
                    String options = null;
                    if (i < s.length() && s.charAt(i) == '{') {
                        int depth = 0, o = i;
                        do {
                            char c = s.charAt(i);
                            if (c == '{') depth++;
                            else if (c == '}') depth--;
                            i++;
                        } while (depth > 0 && i < s.length());
                        if (depth > 0) throw error(s, o, "missing closing '}' while processing pass options");
                        options = s.substring(o + 1, i - 1);
                    }
                    Pass p = parser.createPass(s, start, name, options);
                    if (p.anchorOpName() != null && !pm.anchor().equals(OpPassManager.ANY)
                        && !p.anchorOpName().equals(pm.anchor())) {
                        throw new PipelineException("Can't add pass '" + p.name() + "' restricted to '"
                            + p.anchorOpName() + "' on a PassManager intended to run on '" + pm.anchor()
                            + "', did you intend to nest?");
                    }
                    pm.addPassExactly(p);
                }
                skipSpace();
                if (i >= s.length() || s.charAt(i) == ')') return;
                if (s.charAt(i) != ',') throw error(s, i, "expected ',' after parsing pipeline");
                i++;
            }
        }
    }
}
