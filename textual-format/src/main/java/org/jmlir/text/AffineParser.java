package org.jmlir.text;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.ir.affine.AffineExpr;
import org.jmlir.ir.affine.AffineMap;
import org.jmlir.ir.affine.IntegerSet;

/**
 * Affine maps {@code (d0, d1)[s0] -> (d0 + s0, d1 floordiv 2)} and integer sets {@code (d0)[s0] : (d0 - s0 >= 0)}
 * (MLIR's AffineParser.cpp). Two precedence levels ({@code + -} below {@code * floordiv ceildiv mod}), left
 * associative, unary minus binding tightest; each operator builds through {@link AffineSimplifier} so that results
 * come out simplified as MLIR's do. Operator chains are parsed with loops, so long sums do not deepen the stack.
 */
final class AffineParser {
    private enum Op { ADD, SUB, MUL, FLOOR_DIV, CEIL_DIV, MOD }

    private final TypeAttrParser p;
    private final Lexer lex;
    private final Map<String, AffineExpr> names = new LinkedHashMap<>();
    private int numDims;
    private int numSymbols;

    AffineParser(TypeAttrParser p) {
        this.p = p;
        this.lex = p.lexer();
    }

    AffineMap parseAffineMapReference() {
        int at = lex.start();
        Object r = parseMapOrSet();
        if (r instanceof IntegerSet) throw p.errorAt(at, "expected AffineMap, but got IntegerSet");
        return (AffineMap) r;
    }

    IntegerSet parseIntegerSetReference() {
        int at = lex.start();
        Object r = parseMapOrSet();
        if (r instanceof AffineMap) throw p.errorAt(at, "expected IntegerSet, but got AffineMap");
        return (IntegerSet) r;
    }

    private Object parseMapOrSet() {
        parseIdList(TokenKind.LPAREN, TokenKind.RPAREN, "(", ")", " in dimensional identifier list", false);
        if (lex.is(TokenKind.LSQUARE)) {
            parseIdList(TokenKind.LSQUARE, TokenKind.RSQUARE, "[", "]", " in symbol list", true);
        }
        if (p.consumeIf(TokenKind.ARROW)) {
            List<AffineExpr> results = new ArrayList<>();
            p.parseToken(TokenKind.LPAREN, "expected '(' in affine map range");
            if (!p.consumeIf(TokenKind.RPAREN)) {
                do results.add(parseAffineExpr()); while (p.consumeIf(TokenKind.COMMA));
                p.parseToken(TokenKind.RPAREN, "expected ')' in affine map range");
            }
            return new AffineMap(numDims, numSymbols, results);
        }
        p.parseToken(TokenKind.COLON, "expected '->' or ':'");
        List<AffineExpr> constraints = new ArrayList<>();
        List<Boolean> eqs = new ArrayList<>();
        p.parseToken(TokenKind.LPAREN, "expected '(' in integer set constraint list");
        if (!p.consumeIf(TokenKind.RPAREN)) {
            do parseConstraint(constraints, eqs); while (p.consumeIf(TokenKind.COMMA));
            p.parseToken(TokenKind.RPAREN, "expected ')' in integer set constraint list");
        }
        if (constraints.isEmpty()) {
            constraints.add(AffineSimplifier.cst(0)); // a degenerate "true" set: 0 == 0
            eqs.add(true);
        }
        return new IntegerSet(numDims, numSymbols, constraints, eqs);
    }

    private void parseIdList(TokenKind open, TokenKind close, String o, String c, String context, boolean symbols) {
        p.parseToken(open, "expected '" + o + "'" + context);
        if (p.consumeIf(close)) return;
        do {
            if (!lex.is(TokenKind.BARE_IDENTIFIER)) throw p.errorWrongToken("expected bare identifier");
            String name = lex.spelling();
            if (names.containsKey(name)) throw p.error("redefinition of identifier '" + name + "'");
            lex.next();
            names.put(name, symbols ? new AffineExpr.Symbol(numSymbols++) : new AffineExpr.Dim(numDims++));
        } while (p.consumeIf(TokenKind.COMMA));
        p.parseToken(close, "expected '" + c + "'" + context);
    }

    private void parseConstraint(List<AffineExpr> constraints, List<Boolean> eqs) {
        AffineExpr lhs = parseAffineExpr();
        if (p.consumeIf(TokenKind.GREATER) && p.consumeIf(TokenKind.EQUAL)) {
            constraints.add(AffineSimplifier.sub(lhs, parseAffineExpr()));
            eqs.add(false);
        } else if (p.consumeIf(TokenKind.LESS) && p.consumeIf(TokenKind.EQUAL)) {
            constraints.add(AffineSimplifier.sub(parseAffineExpr(), lhs));
            eqs.add(false);
        } else if (p.consumeIf(TokenKind.EQUAL) && p.consumeIf(TokenKind.EQUAL)) {
            constraints.add(AffineSimplifier.sub(lhs, parseAffineExpr()));
            eqs.add(true);
        } else {
            throw p.error("expected '== affine-expr' or '>= affine-expr' at end of affine constraint");
        }
    }

    // ---- expressions

    /**
     * Each operator applied counts as a level of nesting: a chain of n terms is a tree n deep, and printing,
     * hashing or comparing such trees recurses that deep.
     */
    private int chainDepth;

    private AffineExpr parseAffineExpr() {
        p.enter();
        int saved = chainDepth;
        chainDepth = 0;
        try {
            AffineExpr acc = null;
            Op accOp = null;
            while (true) {
                AffineExpr term = parseOperand(acc);
                int opAt = lex.start();
                Op high = consumeHighPrecOp();
                if (high != null) term = parseHighPrecChain(term, high, opAt);
                acc = acc == null ? term : combine(accOp, acc, term, -1);
                Op low = consumeLowPrecOp();
                if (low == null) return acc;
                accOp = low;
            }
        } finally {
            for (int i = 0; i < chainDepth; i++) p.exit();
            chainDepth = saved;
            p.exit();
        }
    }

    /** {@code first op x op y ...} for the high-precedence operators; errors point at the operator after. */
    private AffineExpr parseHighPrecChain(AffineExpr first, Op op, int opAt) {
        AffineExpr acc = first;
        while (true) {
            AffineExpr operand = parseOperand(acc);
            int nextAt = lex.start();
            Op next = consumeHighPrecOp();
            if (next == null) return combine(op, acc, operand, opAt);
            acc = combine(op, acc, operand, nextAt);
            op = next;
            opAt = nextAt;
        }
    }

    private Op consumeLowPrecOp() {
        if (p.consumeIf(TokenKind.PLUS)) return Op.ADD;
        if (p.consumeIf(TokenKind.MINUS)) return Op.SUB;
        return null;
    }

    private Op consumeHighPrecOp() {
        if (p.consumeIf(TokenKind.STAR)) return Op.MUL;
        if (p.consumeKeyword("floordiv")) return Op.FLOOR_DIV;
        if (p.consumeKeyword("ceildiv")) return Op.CEIL_DIV;
        if (p.consumeKeyword("mod")) return Op.MOD;
        return null;
    }

    private AffineExpr combine(Op op, AffineExpr lhs, AffineExpr rhs, int opAt) {
        p.enter();
        chainDepth++;
        switch (op) {
            case ADD -> { return AffineSimplifier.add(lhs, rhs); }
            case SUB -> { return AffineSimplifier.sub(lhs, rhs); }
            case MUL -> {
                if (!lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant()) {
                    throw p.errorAt(opAt, "non-affine expression: at least one of the multiply operands has to be "
                        + "either a constant or symbolic");
                }
                return AffineSimplifier.mul(lhs, rhs);
            }
            default -> {
                String name = op == Op.FLOOR_DIV ? "floordiv" : op == Op.CEIL_DIV ? "ceildiv" : "mod";
                if (!rhs.isSymbolicOrConstant()) {
                    throw p.errorAt(opAt, "non-affine expression: right operand of " + name
                        + " has to be either a constant or symbolic");
                }
                return switch (op) {
                    case FLOOR_DIV -> AffineSimplifier.floorDiv(lhs, rhs);
                    case CEIL_DIV -> AffineSimplifier.ceilDiv(lhs, rhs);
                    default -> AffineSimplifier.mod(lhs, rhs);
                };
            }
        }
    }

    /** An operand: identifier, integer, parenthesized expression or negation. {@code lhs} is for messages. */
    private AffineExpr parseOperand(AffineExpr lhs) {
        switch (lex.kind()) {
            case INTEGER -> {
                BigInteger v = TypeAttrParser.integerValue(lex.spelling());
                if (v.bitLength() > 63) throw p.error("constant too large for index");
                lex.next();
                return AffineSimplifier.cst(v.longValue());
            }
            case LPAREN -> {
                lex.next();
                if (lex.is(TokenKind.RPAREN)) throw p.error("no expression inside parentheses");
                AffineExpr e = parseAffineExpr();
                p.parseToken(TokenKind.RPAREN, "expected ')'");
                return e;
            }
            case MINUS -> {
                lex.next();
                p.enter();
                try {
                    return AffineSimplifier.mul(AffineSimplifier.cst(-1), parseOperand(lhs));
                } finally {
                    p.exit();
                }
            }
            case PERCENT_IDENTIFIER -> throw p.errorWrongToken("unexpected ssa identifier");
            case PLUS, STAR -> throw p.error(lhs != null ? "missing right operand of binary operator"
                : "missing left operand of binary operator");
            case BARE_IDENTIFIER -> {
                AffineExpr e = names.get(lex.spelling());
                if (e == null) throw p.errorWrongToken("use of undeclared identifier");
                lex.next();
                return e;
            }
            default -> throw p.error(lhs != null ? "missing right operand of binary operator"
                : "expected affine expression");
        }
    }
}
