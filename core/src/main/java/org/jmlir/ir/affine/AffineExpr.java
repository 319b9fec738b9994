package org.jmlir.ir.affine;

/**
 * An affine expression over dimensions {@code d_i}, symbols {@code s_j} and constants. Build composite expressions
 * with {@link AffineExprs}, which simplifies as MLIR does so that equal expressions compare equal.
 */
public sealed interface AffineExpr permits AffineExpr.Dim, AffineExpr.Symbol, AffineExpr.Constant, AffineExpr.Binary {
    record Dim(int position) implements AffineExpr {
    }

    record Symbol(int position) implements AffineExpr {
    }

    record Constant(long value) implements AffineExpr {
    }

    /** The binary operators of affine expressions; {@code mod}, {@code floordiv}, {@code ceildiv} need a constant rhs to stay affine. */
    enum Kind { ADD, MUL, MOD, FLOOR_DIV, CEIL_DIV }

    record Binary(Kind kind, AffineExpr lhs, AffineExpr rhs) implements AffineExpr {
    }

    /** True if the expression is a multiple-free combination of dims/symbols with constant coefficients. */
    default boolean isPureAffine() {
        return switch (this) {
            case Dim d -> true;
            case Symbol s -> true;
            case Constant c -> true;
            case Binary b -> switch (b.kind()) {
                case ADD -> b.lhs().isPureAffine() && b.rhs().isPureAffine();
                case MUL -> b.lhs().isPureAffine() && b.rhs().isPureAffine()
                    && (b.lhs() instanceof Constant || b.rhs() instanceof Constant);
                default -> b.lhs().isPureAffine() && b.rhs() instanceof Constant;
            };
        };
    }

    /** True when no dimension or symbol occurs. */
    default boolean isSymbolicOrConstant() {
        return switch (this) {
            case Dim d -> false;
            case Symbol s -> true;
            case Constant c -> true;
            case Binary b -> b.lhs().isSymbolicOrConstant() && b.rhs().isSymbolicOrConstant();
        };
    }
}
