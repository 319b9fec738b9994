package org.jmlir.filecheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the inside of a numeric substitution block, {@code [[#%fmt, NAME: ==expr]]}, and the legacy
 * {@code [[@LINE+n]]} form. Every part is optional: {@code [[#N:]]} defines N from any number, {@code [[#N+1]]}
 * substitutes a value, {@code [[#M:N+1]]} does both. Error texts follow LLVM's.
 */
final class NumericParser {
    /** What a block means: an expression to substitute (or null), the value's format, a variable it defines. */
    record Block(NumericExpr expr, NumericFormat format, NumericVariable defined) {}

    private enum Operand { LINE_VAR, LEGACY_LITERAL, ANY }

    private final String s;
    private final int base;
    private final Integer lineNumber;
    private final Variables vars;
    private int pos;
    private int end;

    private NumericParser(String s, int base, Integer lineNumber, Variables vars) {
        this.s = s;
        this.base = base;
        this.lineNumber = lineNumber;
        this.vars = vars;
    }

    /**
     * @param text block content after {@code #} (or the whole {@code @LINE...} text in legacy form)
     * @param baseOffset check-file offset of {@code text}, for diagnostics
     * @param lineNumber the check line, to reject a use of a variable defined on the same line; null on the
     *     command line
     */
    static Block parse(String text, int baseOffset, boolean legacyLine, Integer lineNumber, Variables vars)
            throws CheckSyntaxError {
        return new NumericParser(text, baseOffset, lineNumber, vars).block(legacyLine);
    }

    private CheckSyntaxError error(int at, String message) {
        return new CheckSyntaxError(message, base + at, true);
    }

    private Block block(boolean legacy) throws CheckSyntaxError {
        NumericFormat explicit = null;
        int precision = 0;
        int exprStart = 0;
        int comma = s.indexOf(',');
        int paren = s.indexOf('(');
        if (comma >= 0 && (paren < 0 || comma < paren)) {
            explicit = formatSpec(0, comma);
            precision = explicit.precision();
            if (explicit.kind() == NumericFormat.Kind.NONE) explicit = null;
            exprStart = comma + 1;
        }
        int colon = s.indexOf(':', exprStart);
        int defStart = exprStart;
        if (colon >= 0) exprStart = colon + 1;

        pos = skipSpaces(exprStart);
        end = s.length();
        boolean constraint = s.startsWith("==", pos);
        if (constraint) pos = skipSpaces(pos + 2);
        NumericExpr expr = null;
        if (pos >= end) {
            if (constraint) throw error(pos, "empty numeric expression should not have a constraint");
        } else {
            while (end > pos && isSpace(s.charAt(end - 1))) end--;
            int start = pos;
            expr = operand(legacy ? Operand.LINE_VAR : Operand.ANY, !constraint);
            while (skipSpaces(pos) < end) {
                expr = binop(start, expr, legacy);
                if (legacy && skipSpaces(pos) < end) {
                    throw error(pos, "unexpected characters at end of expression '" + s.substring(pos, end) + "'");
                }
            }
        }

        NumericFormat format = explicit;
        if (format == null && expr != null) {
            try {
                NumericFormat implicit = expr.implicitFormat();
                if (implicit.kind() != NumericFormat.Kind.NONE) format = implicit;
            } catch (NumericExpr.ImplicitFormatConflict e) {
                throw error(exprStart, e.getMessage());
            }
        }
        if (format == null) format = new NumericFormat(NumericFormat.Kind.UNSIGNED, precision, false);

        NumericVariable defined = colon >= 0 ? definition(defStart, colon, format) : null;
        return new Block(expr, format, defined);
    }

    private NumericFormat formatSpec(int from, int to) throws CheckSyntaxError {
        int i = skipSpaces(from);
        int e = to;
        while (e > i && isSpace(s.charAt(e - 1))) e--;
        if (i >= e || s.charAt(i) != '%') throw error(i, "invalid matching format specification in expression");
        i++;
        int altAt = i;
        boolean alternate = i < e && s.charAt(i) == '#';
        if (alternate) i++;
        int precision = 0;
        if (i < e && s.charAt(i) == '.') {
            i++;
            int digits = i;
            while (i < e && Character.isDigit(s.charAt(i))) i++;
            if (i == digits) throw error(i, "invalid precision in format specifier");
            precision = Integer.parseInt(s.substring(digits, i));
        }
        NumericFormat.Kind kind = NumericFormat.Kind.NONE;
        if (i < e) {
            kind = switch (s.charAt(i)) {
                case 'u' -> NumericFormat.Kind.UNSIGNED;
                case 'd' -> NumericFormat.Kind.SIGNED;
                case 'x' -> NumericFormat.Kind.HEX_LOWER;
                case 'X' -> NumericFormat.Kind.HEX_UPPER;
                default -> throw error(i, "invalid format specifier in expression");
            };
            i++;
        }
        if (alternate && kind != NumericFormat.Kind.HEX_LOWER && kind != NumericFormat.Kind.HEX_UPPER) {
            throw error(altAt, "alternate form only supported for hex values");
        }
        if (skipSpaces(i) < e) throw error(i, "invalid matching format specification in expression");
        return new NumericFormat(kind, precision, alternate);
    }

    private NumericVariable definition(int from, int to, NumericFormat format) throws CheckSyntaxError {
        int i = skipSpaces(from);
        int nameEnd = variableEnd(i, to);
        String name = s.substring(i, nameEnd);
        if (name.startsWith("@")) throw error(i, "definition of pseudo numeric variable unsupported");
        if (vars.definedStrings.contains(name)) {
            throw error(i, "string variable with name '" + name + "' already exists");
        }
        if (skipSpaces(nameEnd) < to) throw error(nameEnd, "unexpected characters after numeric variable name");
        NumericVariable existing = vars.numerics.get(name);
        if (existing != null && existing.defLine != null) {
            if (!existing.format.equals(format)) {
                throw error(nameEnd, "format different from previous variable definition");
            }
            return existing;
        }
        NumericVariable v = new NumericVariable(name, format, lineNumber);
        vars.numerics.put(name, v);
        return v;
    }

    /** End of a variable name at {@code i} (with optional '$' or '@'), or a syntax error. */
    private int variableEnd(int i, int limit) throws CheckSyntaxError {
        if (i >= limit) throw error(i, "empty variable name");
        int j = i;
        boolean pseudo = s.charAt(j) == '@';
        if (pseudo || s.charAt(j) == '$') j++;
        if (j >= limit) throw error(j, "empty " + (pseudo ? "pseudo " : "global ") + "variable name");
        char c = s.charAt(j);
        if (!(c == '_' || isAlpha(c))) throw error(i, "invalid variable name");
        j++;
        while (j < limit && (s.charAt(j) == '_' || isAlpha(s.charAt(j)) || isDigit(s.charAt(j)))) j++;
        return j;
    }

    private NumericExpr operand(Operand allowed, boolean maybeInvalidConstraint) throws CheckSyntaxError {
        if (pos < end && s.charAt(pos) == '(') {
            if (allowed != Operand.ANY) throw error(pos, "parenthesized expression not permitted here");
            return parenExpr();
        }
        if (allowed != Operand.LEGACY_LITERAL) {
            int start = pos;
            try {
                int nameEnd = variableEnd(pos, end);
                pos = nameEnd;
                String name = s.substring(start, nameEnd);
                if (skipSpaces(pos) < end && s.charAt(skipSpaces(pos)) == '(') {
                    if (allowed != Operand.ANY) throw error(start, "unexpected function call");
                    return call(start, name);
                }
                return variableUse(start, name);
            } catch (CheckSyntaxError e) {
                if (allowed == Operand.LINE_VAR || pos != start) throw e;
            }
        }
        int start = pos;
        int i = pos;
        boolean negative = i < end && s.charAt(i) == '-';
        if (negative) i++;
        int radix = 10;
        if (allowed != Operand.LEGACY_LITERAL && (s.startsWith("0x", i) || s.startsWith("0X", i))) {
            radix = 16;
            i += 2;
        }
        int digits = i;
        while (i < end && Character.digit(s.charAt(i), radix) >= 0 && s.charAt(i) < 0x80) i++;
        if (i == digits) {
            throw error(start, "invalid " + (maybeInvalidConstraint ? "matching constraint or " : "")
                    + "operand format");
        }
        long v;
        try {
            v = Long.parseLong(s.substring(digits, i), radix);
        } catch (NumberFormatException e) {
            throw error(start, "unable to represent numeric value");
        }
        pos = i;
        return new NumericExpr.Literal(s.substring(start, i), negative ? -v : v);
    }

    private NumericExpr variableUse(int start, String name) throws CheckSyntaxError {
        if (name.startsWith("@") && !name.equals(Variables.LINE)) {
            throw error(start, "invalid pseudo numeric variable '" + name + "'");
        }
        NumericVariable v = vars.numerics.get(name);
        if (v == null) {
            // Not defined (yet): a placeholder without value, reported as undefined if it is still unset at
            // match time.
            v = new NumericVariable(name, NumericFormat.UNSIGNED, null);
            vars.numerics.put(name, v);
        }
        if (v.defLine != null && v.defLine.equals(lineNumber)) {
            throw error(start, "numeric variable '" + name + "' defined earlier in the same CHECK directive");
        }
        return new NumericExpr.VarUse(name, base + start, v);
    }

    private NumericExpr binop(int exprStart, NumericExpr left, boolean legacy) throws CheckSyntaxError {
        pos = skipSpaces(pos);
        char op = s.charAt(pos);
        NumericExpr.Op kind = switch (op) {
            case '+' -> NumericExpr.Op.ADD;
            case '-' -> NumericExpr.Op.SUB;
            default -> throw error(pos, "unsupported operation '" + op + "'");
        };
        pos = skipSpaces(pos + 1);
        if (pos >= end) throw error(pos, "missing operand in expression");
        NumericExpr right = operand(legacy ? Operand.LEGACY_LITERAL : Operand.ANY, false);
        return new NumericExpr.Binary(s.substring(exprStart, pos), kind, left, right);
    }

    private NumericExpr parenExpr() throws CheckSyntaxError {
        pos = skipSpaces(pos + 1);
        if (pos >= end) throw error(pos, "missing operand in expression");
        int start = pos;
        NumericExpr e = operand(Operand.ANY, false);
        pos = skipSpaces(pos);
        while (pos < end && s.charAt(pos) != ')') {
            e = binop(start, e, false);
            pos = skipSpaces(pos);
        }
        if (pos >= end) throw error(pos, "missing ')' at end of nested expression");
        pos++;
        return e;
    }

    private NumericExpr call(int start, String name) throws CheckSyntaxError {
        NumericExpr.Op op = switch (name) {
            case "add" -> NumericExpr.Op.ADD;
            case "sub" -> NumericExpr.Op.SUB;
            case "mul" -> NumericExpr.Op.MUL;
            case "div" -> NumericExpr.Op.DIV;
            case "max" -> NumericExpr.Op.MAX;
            case "min" -> NumericExpr.Op.MIN;
            default -> throw error(start, "call to undefined function '" + name + "'");
        };
        pos = skipSpaces(pos) + 1; // past '('
        pos = skipSpaces(pos);
        List<NumericExpr> args = new ArrayList<>();
        while (pos < end && s.charAt(pos) != ')') {
            if (s.charAt(pos) == ',') throw error(pos, "missing argument");
            int argStart = pos;
            NumericExpr arg = operand(Operand.ANY, false);
            while (true) {
                pos = skipSpaces(pos);
                if (pos >= end || s.charAt(pos) == ',' || s.charAt(pos) == ')') break;
                arg = binop(argStart, arg, false);
            }
            args.add(arg);
            if (pos >= end || s.charAt(pos) != ',') break;
            pos = skipSpaces(pos + 1);
            if (pos < end && s.charAt(pos) == ')') throw error(pos, "missing argument");
        }
        if (pos >= end || s.charAt(pos) != ')') throw error(pos, "missing ')' at end of call expression");
        pos++;
        if (args.size() != 2) {
            throw error(start, "function '" + name + "' takes 2 arguments but " + args.size() + " given");
        }
        return new NumericExpr.Binary(s.substring(start, pos), op, args.get(0), args.get(1));
    }

    private int skipSpaces(int i) {
        while (i < s.length() && isSpace(s.charAt(i))) i++;
        return i;
    }

    private static boolean isSpace(char c) { return c == ' ' || c == '\t'; }

    private static boolean isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
}
