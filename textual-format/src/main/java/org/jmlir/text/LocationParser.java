package org.jmlir.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.CallSiteLoc;
import org.jmlir.ir.attr.FileLineColLoc;
import org.jmlir.ir.attr.FusedLoc;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.NameLoc;
import org.jmlir.ir.attr.UnknownLoc;

/**
 * Locations (MLIR's LocationParser.cpp): {@code unknown}, {@code "file":line:col} with optional ranges
 * ({@code to line:col} or {@code to :col}), {@code "name"} and {@code "name"(child)}, {@code callsite(a at b)},
 * {@code fused<meta>[...]} and {@code #alias}. Trailing op locations may refer to aliases defined later in the
 * buffer; those get placeholders resolved at the end (see {@link TypeAttrParser#resolveDeferredLocation}).
 */
final class LocationParser {
    private static final String MAX_UNSIGNED = "4294967295";

    private final TypeAttrParser p;
    private final Lexer lex;
    /** Placeholder location for a forward alias reference -> (alias name, offset of the reference). */
    private final Map<Location, Deferred> deferred = new HashMap<>();

    private record Deferred(String alias, int at) {
    }

    LocationParser(TypeAttrParser p) {
        this.p = p;
        this.lex = p.lexer();
    }

    private <T> T intern(T t) { return p.context().intern(t); }

    Location parseLocationInstance() {
        p.enter();
        try {
            return parseInstance();
        } finally {
            p.exit();
        }
    }

    private Location parseInstance() {
        if (lex.is(TokenKind.HASH_IDENTIFIER)) {
            Attribute a = DialectSymbols.parseExtendedAttr(p, null);
            if (a instanceof Location l) return l;
            throw p.error("expected location attribute, but got" + AttrTypePrinter.attributeToString(a));
        }
        if (lex.is(TokenKind.STRING)) return parseNameOrFileLineCol();
        if (!lex.is(TokenKind.BARE_IDENTIFIER)) throw p.errorWrongToken("expected location instance");
        switch (lex.spelling()) {
            case "callsite" -> { return parseCallSite(); }
            case "fused" -> { return parseFused(); }
            case "unknown" -> {
                lex.next();
                return intern(UnknownLoc.INSTANCE);
            }
            default -> throw p.errorWrongToken("expected location instance");
        }
    }

    private Location parseCallSite() {
        lex.next();
        p.parseToken(TokenKind.LPAREN, "expected '(' in callsite location");
        Location callee = parseLocationInstance();
        if (!lex.isKeyword("at")) throw p.errorWrongToken("expected 'at' in callsite location");
        lex.next();
        Location caller = parseLocationInstance();
        p.parseToken(TokenKind.RPAREN, "expected ')' in callsite location");
        return intern(new CallSiteLoc(callee, caller));
    }

    private Location parseFused() {
        lex.next();
        Attribute metadata = null;
        if (p.consumeIf(TokenKind.LESS)) {
            metadata = p.parseAttribute();
            p.parseToken(TokenKind.GREATER, "expected '>' after fused location metadata");
        }
        p.parseToken(TokenKind.LSQUARE, "expected '[' in fused location");
        List<Location> locs = new ArrayList<>();
        if (!p.consumeIf(TokenKind.RSQUARE)) {
            do locs.add(parseLocationInstance()); while (p.consumeIf(TokenKind.COMMA));
            p.parseToken(TokenKind.RSQUARE, "expected ']' in fused location");
        }
        return fused(locs, metadata);
    }

    /**
     * MLIR's FusedLoc::get: nested fusions with the same metadata are flattened, unknowns and duplicates dropped,
     * and zero or one location without metadata needs no fusion at all.
     */
    Location fused(List<Location> locs, Attribute metadata) {
        LinkedHashSet<Location> set = new LinkedHashSet<>();
        for (Location l : locs) {
            if (l instanceof FusedLoc f && java.util.Objects.equals(f.metadata(), metadata)) {
                set.addAll(f.locations());
            } else if (!(l instanceof UnknownLoc)) {
                set.add(l);
            }
        }
        if (set.isEmpty()) {
            if (metadata == null) return intern(UnknownLoc.INSTANCE);
            return intern(new FusedLoc(List.of(intern(UnknownLoc.INSTANCE)), metadata));
        }
        if (set.size() == 1 && metadata == null) return set.iterator().next();
        return intern(new FusedLoc(new ArrayList<>(set), metadata));
    }

    private Location parseNameOrFileLineCol() {
        String str = lex.stringValue();
        lex.next();
        if (p.consumeIf(TokenKind.COLON)) {
            int line = parseUnsigned("expected integer line number in FileLineColRange");
            int col = 0;
            if (p.consumeIf(TokenKind.COLON)) col = parseUnsigned("expected integer column number in FileLineColRange");
            if (!lex.isKeyword("to")) return intern(new FileLineColLoc(str, line, col));
            lex.next();
            int endLine = line;
            if (lex.is(TokenKind.INTEGER)) {
                endLine = parseUnsigned("expected integer line number in FileLineColRange");
                if (!lex.is(TokenKind.COLON)) throw p.errorWrongToken("expected either integer or `:` post `to` in FileLineColRange");
            } else if (!lex.is(TokenKind.COLON)) {
                throw p.errorWrongToken("expected either integer or `:` post `to` in FileLineColRange");
            }
            lex.next();
            int endCol = parseUnsigned("expected integer column number in FileLineColRange");
            return intern(new FileLineColLoc(str, line, col, endLine, endCol));
        }
        if (p.consumeIf(TokenKind.LPAREN)) {
            Location child = parseLocationInstance();
            p.parseToken(TokenKind.RPAREN, "expected ')' after child location of NameLoc");
            return intern(new NameLoc(str, child));
        }
        return intern(new NameLoc(str, intern(UnknownLoc.INSTANCE)));
    }

    /** An unsigned 32-bit integer token (the line/column range of FileLineColLoc). */
    private int parseUnsigned(String message) {
        if (!lex.is(TokenKind.INTEGER)) throw p.errorWrongToken(message);
        BigInteger v = TypeAttrParser.integerValue(lex.spelling());
        if (v.compareTo(new BigInteger(MAX_UNSIGNED)) > 0) throw p.errorWrongToken(message);
        lex.next();
        return (int) v.longValue();
    }

    // ---- trailing locations

    Location parseOptionalLocationSpecifier() {
        if (!p.consumeKeyword("loc")) return null;
        p.parseToken(TokenKind.LPAREN, "expected '(' in location");
        Location loc;
        if (lex.is(TokenKind.HASH_IDENTIFIER) && !lex.spelling().contains(".")) loc = parseLocationAlias();
        else loc = parseLocationInstance();
        p.parseToken(TokenKind.RPAREN, "expected ')' in location");
        return loc;
    }

    private Location parseLocationAlias() {
        String name = lex.spelling().substring(1);
        int at = lex.start();
        lex.next();
        Attribute a = p.attributeAliases.get(name);
        if (a == null) {
            // defined later in the buffer (mlir-opt prints op location aliases after the module)
            Location placeholder = new NameLoc("\u0000deferred:" + deferred.size() + ":" + name, UnknownLoc.INSTANCE);
            deferred.put(placeholder, new Deferred(name, at));
            return placeholder;
        }
        if (a instanceof Location l) return l;
        throw p.errorAt(at, "expected location, but found '" + AttrTypePrinter.attributeToString(a) + "'");
    }

    boolean hasDeferred() { return !deferred.isEmpty(); }

    Location resolveDeferred(Location loc) {
        Deferred d = deferred.get(loc);
        if (d == null) return loc;
        Attribute a = p.attributeAliases.get(d.alias);
        if (a == null) throw p.errorAt(d.at, "operation location alias was never defined");
        if (a instanceof Location l) return l;
        throw p.errorAt(d.at, "expected location, but found '" + AttrTypePrinter.attributeToString(a) + "'");
    }
}
