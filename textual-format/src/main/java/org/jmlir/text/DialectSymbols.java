package org.jmlir.text;

import java.util.ArrayDeque;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.OpaqueAttr;
import org.jmlir.ir.attr.TypedAttribute;
import org.jmlir.ir.type.NoneType;
import org.jmlir.ir.type.OpaqueType;
import org.jmlir.ir.type.Type;

/**
 * {@code !alias}, {@code !dialect.mnemonic<...>}, {@code !dialect<"...">} and the {@code #} attribute forms (MLIR's
 * DialectSymbolParser.cpp). A loaded dialect parses its own symbols with the lexer placed at the mnemonic; an
 * unknown dialect's symbol is kept verbatim as an opaque type or attribute when the context allows unregistered
 * dialects.
 */
final class DialectSymbols {
    private DialectSymbols() {}

    private static final String UNREGISTERED = " created with unregistered dialect. If this is intended, please call "
        + "allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt tool "
        + "used";

    /** The pieces of an extended symbol: namespace, verbatim data and where the data starts. */
    private record Symbol(String dialect, String data, int dataStart, int errorAt) {
    }

    static Type parseExtendedType(TypeAttrParser p) {
        Lexer lex = p.lexer();
        String identifier = lex.spelling().substring(1);
        Object r = parseSymbol(p, identifier, true);
        if (r instanceof Type t) return t;
        Symbol s = (Symbol) r;
        Dialect d = p.context().dialect(s.dialect);
        if (d != null) {
            int after = lex.start();
            lex.resetTo(s.dataStart);
            Type t = d.parseType(p);
            lex.resetTo(after);
            return p.context().intern(t);
        }
        if (!isValidNamespace(s.dialect)) throw p.errorAt(s.errorAt, "invalid dialect namespace '\"" + s.dialect + "\"'");
        if (!p.context().allowsUnregisteredDialects()) {
            throw p.errorAt(s.errorAt, "`!\"" + s.dialect + "\"<\"" + s.data + "\">` type" + UNREGISTERED);
        }
        return p.context().intern(new OpaqueType(s.dialect, s.data));
    }

    static Attribute parseExtendedAttr(TypeAttrParser p, Type type) {
        Lexer lex = p.lexer();
        String identifier = lex.spelling().substring(1);
        Object r = parseSymbol(p, identifier, false);
        Attribute attr;
        if (r instanceof Attribute a) {
            attr = a;
        } else {
            Symbol s = (Symbol) r;
            Type attrType = type;
            if (p.consumeIf(TokenKind.COLON)) attrType = p.parseType();
            Dialect d = p.context().dialect(s.dialect);
            if (d != null) {
                int after = lex.start();
                lex.resetTo(s.dataStart);
                attr = p.context().intern(d.parseAttribute(p, attrType));
                lex.resetTo(after);
            } else {
                Type t = attrType != null ? attrType : p.context().intern(NoneType.NONE);
                if (!isValidNamespace(s.dialect)) {
                    throw p.errorAt(s.errorAt, "invalid dialect namespace '\"" + s.dialect + "\"'");
                }
                if (!p.context().allowsUnregisteredDialects()) {
                    throw p.errorAt(s.errorAt, "#\"" + s.dialect + "\"<\"" + s.data + "\"> : '"
                        + AttrTypePrinter.typeToString(t) + "' attribute" + UNREGISTERED);
                }
                attr = p.context().intern(new OpaqueAttr(s.dialect, s.data, t));
            }
        }
        if (type != null && attr instanceof TypedAttribute ta && !ta.type().equals(type)) {
            throw p.error("attribute type different than expected: expected " + AttrTypePrinter.typeToString(type)
                + ", but got " + AttrTypePrinter.typeToString(ta.type()));
        }
        return attr;
    }

    /** MLIR's Dialect::isValidNamespace: {@code [a-zA-Z_][a-zA-Z_0-9$]*}. */
    static boolean isValidNamespace(String ns) {
        if (ns.isEmpty() || !(Lexer.isLetter(ns.charAt(0)) || ns.charAt(0) == '_')) return false;
        for (int i = 1; i < ns.length(); i++) {
            char c = ns.charAt(i);
            if (!(Lexer.isLetter(c) || Lexer.isDigit(c) || c == '_' || c == '$')) return false;
        }
        return true;
    }

    /** Returns the aliased type/attribute, or the {@link Symbol} to build. Consumes the whole symbol. */
    private static Object parseSymbol(TypeAttrParser p, String identifier, boolean isType) {
        Lexer lex = p.lexer();
        int tokStart = lex.start();
        int tokEnd = lex.end();
        lex.next();
        int dot = identifier.indexOf('.');
        String dialect = dot < 0 ? identifier : identifier.substring(0, dot);
        boolean pretty = dot >= 0;
        boolean trailing = lex.is(TokenKind.LESS) && lex.start() == tokEnd;
        if (!trailing && !pretty) {
            Object alias = isType ? p.typeAliases.get(identifier) : p.attributeAliases.get(identifier);
            if (alias == null) throw p.errorWrongToken("undefined symbol alias id '" + identifier + "'");
            return alias;
        }
        String src = lex.source();
        if (!pretty) {
            int lt = lex.start();
            int end = scanBody(p, lt);
            return new Symbol(dialect, src.substring(lt + 1, end - 1), lt + 1, tokStart);
        }
        int dataStart = tokStart + 1 + dot + 1;
        int end = trailing ? scanBody(p, lex.start()) : tokEnd;
        return new Symbol(dialect, src.substring(dataStart, end), dataStart, dataStart);
    }

    /**
     * Skips a {@code <...>} body with balanced {@code <> [] () {}} (strings may hold anything; {@code ->} is not a
     * closer) and leaves the lexer after it. Returns the offset just past the closing {@code >}.
     */
    static int scanBody(TypeAttrParser p, int start) {
        Lexer lex = p.lexer();
        String src = lex.source();
        ArrayDeque<Character> nested = new ArrayDeque<>();
        int pos = start;
        do {
            if (pos >= src.length() || src.charAt(pos) == '\0') {
                if (!nested.isEmpty()) {
                    throw p.error("unbalanced '" + nested.peek() + "' character in pretty dialect name");
                }
                throw p.error("unexpected nul or EOF in pretty dialect name");
            }
            char c = src.charAt(pos++);
            switch (c) {
                case '<', '[', '(', '{' -> nested.push(c);
                case '-' -> {
                    if (pos < src.length() && src.charAt(pos) == '>') pos++;
                }
                case '>' -> close(p, nested, '<', c);
                case ']' -> close(p, nested, '[', c);
                case ')' -> close(p, nested, '(', c);
                case '}' -> close(p, nested, '{', c);
                case '"' -> {
                    lex.resetTo(pos - 1);
                    if (!lex.is(TokenKind.STRING)) throw p.error("expected string");
                    pos = lex.end();
                }
                default -> { }
            }
        } while (!nested.isEmpty());
        lex.resetTo(pos);
        return pos;
    }

    /** A closer must match the innermost opener; MLIR names that opener when it does not. */
    private static void close(TypeAttrParser p, ArrayDeque<Character> nested, char open, char c) {
        char top = nested.pop();
        if (top != open) throw p.error("unbalanced '" + top + "' character in pretty dialect name");
    }
}
