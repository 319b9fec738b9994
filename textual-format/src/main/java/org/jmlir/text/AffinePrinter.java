package org.jmlir.text;

import java.util.function.IntFunction;
import org.jmlir.ir.affine.AffineExpr;
import org.jmlir.ir.affine.AffineExpr.Binary;
import org.jmlir.ir.affine.AffineExpr.Constant;
import org.jmlir.ir.affine.AffineExpr.Kind;
import org.jmlir.ir.affine.AffineMap;
import org.jmlir.ir.affine.IntegerSet;

/**
 * Prints affine maps, sets and expressions as MLIR's AsmPrinter does: a sum with a product by a negative constant
 * prints as a subtraction ({@code d0 - d1}, {@code d0 - d1 * 2}), adding a negative constant as {@code - c}, a
 * product by -1 as a negation ({@code -d0}), and operands of the tighter operators get parentheses when they are
 * themselves operations. Dimension and symbol names can be supplied, as affine ops print SSA operands inline.
 */
public final class AffinePrinter {
    private AffinePrinter() {}

    private static final IntFunction<String> DIMS = i -> "d" + i;
    private static final IntFunction<String> SYMS = i -> "s" + i;

    /** {@code (d0, d1)[s0] -> (d0 + s0, d1)}. */
    public static void printMap(StringBuilder sb, AffineMap map) {
        printIds(sb, map.numDims(), map.numSymbols());
        sb.append(" -> (");
        for (int i = 0; i < map.results().size(); i++) {
            if (i > 0) sb.append(", ");
            printExpr(sb, map.results().get(i));
        }
        sb.append(')');
    }

    /** {@code (d0)[s0] : (d0 - s0 >= 0, d0 == 0)}. */
    public static void printSet(StringBuilder sb, IntegerSet set) {
        printIds(sb, set.numDims(), set.numSymbols());
        sb.append(" : (");
        for (int i = 0; i < set.constraints().size(); i++) {
            if (i > 0) sb.append(", ");
            printExpr(sb, set.constraints().get(i));
            sb.append(set.equalities().get(i) ? " == 0" : " >= 0");
        }
        sb.append(')');
    }

    private static void printIds(StringBuilder sb, int dims, int syms) {
        sb.append('(');
        for (int i = 0; i < dims; i++) sb.append(i > 0 ? ", d" : "d").append(i);
        sb.append(')');
        if (syms > 0) {
            sb.append('[');
            for (int i = 0; i < syms; i++) sb.append(i > 0 ? ", s" : "s").append(i);
            sb.append(']');
        }
    }

    public static void printExpr(StringBuilder sb, AffineExpr e) { print(sb, e, false, DIMS, SYMS); }

    /** Prints {@code e} naming dimension {@code i} {@code dimName.apply(i)} and symbols likewise. */
    public static void printExpr(StringBuilder sb, AffineExpr e, IntFunction<String> dimName,
                                 IntFunction<String> symName) {
        print(sb, e, false, dimName, symName);
    }

    public static String toString(AffineExpr e) {
        StringBuilder sb = new StringBuilder();
        printExpr(sb, e);
        return sb.toString();
    }

    /** {@code strong}: the enclosing operator binds tighter than addition (MLIR's BindingStrength::Strong). */
    private static void print(StringBuilder sb, AffineExpr e, boolean strong, IntFunction<String> dn,
                              IntFunction<String> sn) {
        switch (e) {
            case AffineExpr.Dim d -> sb.append(dn.apply(d.position()));
            case AffineExpr.Symbol s -> sb.append(sn.apply(s.position()));
            case Constant c -> sb.append(c.value());
            case Binary b -> printBinary(sb, b, strong, dn, sn);
        }
    }

    private static void printBinary(StringBuilder sb, Binary b, boolean strong, IntFunction<String> dn,
                                    IntFunction<String> sn) {
        AffineExpr lhs = b.lhs(), rhs = b.rhs();
        if (strong) sb.append('(');
        if (b.kind() != Kind.ADD) {
            if (b.kind() == Kind.MUL && rhs instanceof Constant c && c.value() == -1) {
                sb.append('-');
                print(sb, lhs, true, dn, sn);
            } else {
                print(sb, lhs, true, dn, sn);
                sb.append(switch (b.kind()) {
                    case MUL -> " * ";
                    case FLOOR_DIV -> " floordiv ";
                    case CEIL_DIV -> " ceildiv ";
                    default -> " mod ";
                });
                print(sb, rhs, true, dn, sn);
            }
        } else if (rhs instanceof Binary r && r.kind() == Kind.MUL && r.rhs() instanceof Constant rc
                   && rc.value() <= -1) {
            print(sb, lhs, false, dn, sn);
            sb.append(" - ");
            if (rc.value() == -1) {
                print(sb, r.lhs(), r.lhs() instanceof Binary rl && rl.kind() == Kind.ADD, dn, sn);
            } else {
                print(sb, r.lhs(), true, dn, sn);
                sb.append(" * ").append(-rc.value());
            }
        } else if (rhs instanceof Constant rc && rc.value() < 0) {
            print(sb, lhs, false, dn, sn);
            sb.append(" - ").append(-rc.value());
        } else {
            print(sb, lhs, false, dn, sn);
            sb.append(" + ");
            print(sb, rhs, false, dn, sn);
        }
        if (strong) sb.append(')');
    }
}
