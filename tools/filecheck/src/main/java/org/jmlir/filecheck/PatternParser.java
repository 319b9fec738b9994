package org.jmlir.filecheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the text after a directive into a {@link Pattern}, following LLVM's rules: text without {@code {{} or
 * {@code [[} is a fixed string; otherwise literal runs are escaped, {@code {{re}}} are POSIX regexes,
 * {@code [[X:re]]} define and {@code [[X]]} use string variables, {@code [[#...]]} are numeric blocks. Capturing
 * groups are numbered exactly as LLVM numbers them.
 */
final class PatternParser {
    private static final int BACKREF_LIMIT = 20;

    private final CheckType type;
    private final SourceFile file;
    private final int base;
    private final String pat;
    private final int lineNumber;
    private final Variables vars;
    private final StringBuilder regex = new StringBuilder();
    /**
     * The regex as LLVM would spell it (POSIX text, LLVM's escaping, no substituted values): what the fuzzy
     * "possible intended match" search compares the input against, so it picks the same spot as LLVM.
     */
    private final StringBuilder llvmRegex = new StringBuilder();
    private final List<Substitution> substitutions = new ArrayList<>();
    private final Map<String, Integer> stringDefs = new LinkedHashMap<>();
    private final List<Pattern.NumericDef> numericDefs = new ArrayList<>();
    private int curParen = 1;
    private boolean longest;

    private PatternParser(CheckType type, SourceFile file, int base, String pat, int lineNumber, Variables vars) {
        this.type = type;
        this.file = file;
        this.base = base;
        this.pat = pat;
        this.lineNumber = lineNumber;
        this.vars = vars;
    }

    /** Parses {@code file.text[start, end)}, the rest of a directive line after leading blanks. */
    static Pattern parse(CheckType type, String prefix, SourceFile file, int start, int end, int lineNumber,
            Variables vars, FileCheckOptions opts) throws CheckSyntaxError {
        boolean fullLines = opts.matchFullLines && type.kind() != CheckType.Kind.NOT;
        String text = file.text;
        if (!(opts.strictWhitespace && opts.matchFullLines)) {
            while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) end--;
        }
        String pat = text.substring(start, end);
        boolean empty = type.kind() == CheckType.Kind.EMPTY;
        if (pat.isEmpty() && !empty) {
            throw new CheckSyntaxError("found empty check string with prefix '" + prefix + ":'", start);
        }
        if (!pat.isEmpty() && empty) {
            throw new CheckSyntaxError("found non-empty check string for empty check with prefix '" + prefix
                    + ":'", start);
        }
        PatternParser p = new PatternParser(type, file, start, pat, lineNumber, vars);
        if (empty) {
            // A newline followed by an empty line; the match is taken to start after the newline.
            p.emit("(\\n$)", "(\n$)");
            return p.build(null, opts);
        }
        if (type.literal() || (!fullLines && (pat.length() < 2 || (!pat.contains("{{") && !pat.contains("[["))))) {
            return p.build(pat, opts);
        }
        if (fullLines) p.emit(opts.strictWhitespace ? "^" : "^ *");
        p.parseBody();
        if (fullLines) p.emit(opts.strictWhitespace ? "$" : " *$");
        return p.build(null, opts);
    }

    private Pattern build(String fixed, FileCheckOptions opts) {
        return new Pattern(type, file, base, lineNumber, fixed, fixed == null ? regex.toString() : null,
                fixed == null ? llvmRegex.toString() : fixed, List.copyOf(substitutions), stringDefs,
                List.copyOf(numericDefs), longest, opts.ignoreCase, vars);
    }

    private void emit(String javaAndLlvm) {
        emit(javaAndLlvm, javaAndLlvm);
    }

    private void emit(String java, String llvm) {
        regex.append(java);
        llvmRegex.append(llvm);
    }

    /** LLVM's Regex::escape: a backslash before each of {@code ()^$|*+?.[]\{}}. */
    private static String llvmEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("()^$|*+?.[]\\{}".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    private void parseBody() throws CheckSyntaxError {
        int i = 0;
        while (i < pat.length()) {
            if (pat.startsWith("{{", i)) {
                i = parseRegexBlock(i);
            } else if (pat.startsWith("[[", i) && !pat.startsWith("[[[", i)) {
                i = parseSubstitutionBlock(i);
            } else {
                int end = minIndex(pat.indexOf("{{", i + 1), pat.indexOf("[[", i + 1));
                String text = pat.substring(i, end);
                emit(PosixRegex.quote(text), llvmEscape(text));
                i = end;
            }
        }
    }

    private int minIndex(int a, int b) {
        if (a < 0) a = pat.length();
        if (b < 0) b = pat.length();
        return Math.min(a, b);
    }

    private int parseRegexBlock(int i) throws CheckSyntaxError {
        int end = pat.indexOf("}}", i);
        if (end < 0) throw new CheckSyntaxError("found start of regex string with no end '}}'", base + i);
        // Like LLVM, parenthesize when '|' occurs anywhere in the rest of the line, so that "a{{x|z}}b" does not
        // become "ax|zb". The group is capturing to keep LLVM's group numbering.
        boolean wrap = pat.indexOf('|', i) >= 0;
        if (wrap) {
            emit("(");
            curParen++;
        }
        addRegex(pat.substring(i + 2, end), i + 2);
        if (wrap) emit(")");
        return end + 2;
    }

    private void addRegex(String ere, int at) throws CheckSyntaxError {
        try {
            PosixRegex.Result r = PosixRegex.translate(ere);
            emit(r.javaRegex(), ere);
            curParen += r.groups();
            longest |= r.hasAlternation();
        } catch (PosixRegex.SyntaxError e) {
            throw new CheckSyntaxError("invalid regex: " + e.getMessage(), base + at);
        }
    }

    private int parseSubstitutionBlock(int i) throws CheckSyntaxError {
        int bodyStart = i + 2;
        int bodyEnd = findBlockEnd(bodyStart);
        if (bodyEnd < 0) throw new CheckSyntaxError("Invalid substitution block, no ]] found", base + i);
        String body = pat.substring(bodyStart, bodyEnd);
        int next = bodyEnd + 2;
        boolean numeric = body.startsWith("#");
        if (numeric) {
            parseNumericBlock(body.substring(1), bodyStart + 1, false);
            return next;
        }

        int colon = body.indexOf(':');
        String namePart = colon < 0 ? body : body.substring(0, colon);
        for (int k = 0; k < namePart.length(); k++) {
            if (namePart.charAt(k) == ' ' || namePart.charAt(k) == '\t') {
                throw new CheckSyntaxError("unexpected whitespace", base + bodyStart + k);
            }
        }
        int nameEnd = variableEnd(body, base + bodyStart);
        String name = body.substring(0, nameEnd);
        boolean pseudo = name.startsWith("@");
        if (colon >= 0) {
            if (pseudo || nameEnd != colon) {
                throw new CheckSyntaxError("invalid name in string variable definition", base + bodyStart);
            }
            if (vars.numerics.containsKey(name)) {
                throw new CheckSyntaxError("numeric variable with name '" + name + "' already exists",
                        base + bodyStart);
            }
            emit("(");
            stringDefs.put(name, curParen++);
            vars.definedStrings.add(name);
            String ere = body.substring(colon + 1);
            if (!ere.isEmpty()) addRegex(ere, bodyStart + colon + 1);
            emit(")");
            return next;
        }
        if (pseudo) {
            parseNumericBlock(body, bodyStart, true); // legacy [[@LINE+n]]
            return next;
        }
        if (nameEnd != body.length()) {
            throw new CheckSyntaxError("invalid name in string variable use", base + bodyStart);
        }
        Integer group = stringDefs.get(name);
        if (group != null) {
            // Defined earlier on this line: refer back to the capture.
            if (group > BACKREF_LIMIT) {
                throw new CheckSyntaxError("Can't back-reference more than " + BACKREF_LIMIT + " variables",
                        base + bodyStart);
            }
            emit("(?:\\" + group + ")", group <= 9 ? "\\" + group : "\\g{" + group + "}");
        } else {
            substitutions.add(new Substitution.StringVar(name, base + bodyStart, regex.length()));
        }
        return next;
    }

    private void parseNumericBlock(String body, int at, boolean legacy) throws CheckSyntaxError {
        NumericParser.Block b = NumericParser.parse(body, base + at, legacy, lineNumber, vars);
        int insertAt = regex.length();
        if (b.defined() != null) {
            emit("(");
            insertAt++;
            numericDefs.add(new Pattern.NumericDef(b.defined(), curParen++));
        }
        if (b.expr() == null) {
            emit(b.format().wildcardRegex());
            curParen += b.format().wildcardGroups();
        }
        if (b.defined() != null) emit(")");
        if (b.expr() != null) {
            substitutions.add(new Substitution.Numeric(body, base + at, insertAt, b.expr(), b.format()));
        }
    }

    /** Offset in {@code pat} of the "]]" closing a block whose body starts at {@code from}, or -1. */
    private int findBlockEnd(int from) throws CheckSyntaxError {
        int depth = 0;
        int i = from;
        while (i < pat.length()) {
            if (depth == 0 && pat.startsWith("]]", i)) return i;
            char c = pat.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                if (depth == 0) {
                    // LLVM exits(1) right away here, unlike other check-file errors.
                    throw new CheckSyntaxError("missing closing \"]\" for regex variable", base + i, false, 1);
                }
                depth--;
            }
            i++;
        }
        return -1;
    }

    /** Length of the variable name at the start of {@code body} (with optional '$' or '@'). */
    private static int variableEnd(String body, int at) throws CheckSyntaxError {
        if (body.isEmpty()) throw new CheckSyntaxError("empty variable name", at, true);
        int j = 0;
        boolean pseudo = body.charAt(0) == '@';
        if (pseudo || body.charAt(0) == '$') j++;
        if (j == body.length()) {
            throw new CheckSyntaxError("empty " + (pseudo ? "pseudo " : "global ") + "variable name", at + j, true);
        }
        char c = body.charAt(j);
        if (!(c == '_' || Character.isLetter(c) && c < 0x80)) throw new CheckSyntaxError("invalid variable name", at, true);
        j++;
        while (j < body.length()) {
            char d = body.charAt(j);
            if (!(d == '_' || (d < 0x80 && Character.isLetterOrDigit(d)))) break;
            j++;
        }
        return j;
    }
}
