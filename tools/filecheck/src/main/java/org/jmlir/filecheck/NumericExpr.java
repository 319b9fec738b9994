package org.jmlir.filecheck;

import java.util.ArrayList;
import java.util.List;

/** A numeric expression from a {@code [[#...]]} block: literals, variable uses and binary operations. */
sealed interface NumericExpr {
    /** The source text of this (sub)expression, as shown in diagnostics. */
    String text();

    /** Evaluates; overflow and division by zero surface as {@link ArithmeticException}. */
    default long eval() throws UndefinedVariableException {
        List<UndefinedVariableException.Use> undefined = new ArrayList<>();
        long v = evalCollecting(undefined);
        if (!undefined.isEmpty()) throw new UndefinedVariableException(undefined);
        return v;
    }

    /** Evaluates, adding uses of variables without value to {@code undefined} (the result is then meaningless). */
    long evalCollecting(List<UndefinedVariableException.Use> undefined);

    /** The format implied by the variables used: none for literals, the variable's for a use. */
    NumericFormat implicitFormat() throws ImplicitFormatConflict;

    final class ImplicitFormatConflict extends Exception {
        private static final long serialVersionUID = 1L;

        ImplicitFormatConflict(String message) { super(message); }
    }

    record Literal(String text, long value) implements NumericExpr {
        @Override public long evalCollecting(List<UndefinedVariableException.Use> undefined) { return value; }

        @Override public NumericFormat implicitFormat() { return NumericFormat.NONE; }
    }

    /** A use of {@code var}; {@code offset} locates the name in the check file for "undefined variable" errors. */
    record VarUse(String text, int offset, NumericVariable var) implements NumericExpr {
        @Override
        public long evalCollecting(List<UndefinedVariableException.Use> undefined) {
            Long v = var.value();
            if (v == null) {
                undefined.add(new UndefinedVariableException.Use(text, offset));
                return 0;
            }
            return v;
        }

        @Override public NumericFormat implicitFormat() { return var.format; }
    }

    enum Op { ADD, SUB, MUL, DIV, MAX, MIN }

    record Binary(String text, Op op, NumericExpr left, NumericExpr right) implements NumericExpr {
        @Override
        public long evalCollecting(List<UndefinedVariableException.Use> undefined) {
            long l = left.evalCollecting(undefined);
            long r = right.evalCollecting(undefined);
            if (!undefined.isEmpty()) return 0;
            return switch (op) {
                case ADD -> Math.addExact(l, r);
                case SUB -> Math.subtractExact(l, r);
                case MUL -> Math.multiplyExact(l, r);
                case DIV -> {
                    if (r == 0) throw new ArithmeticException("division by zero");
                    yield l / r;
                }
                case MAX -> Math.max(l, r);
                case MIN -> Math.min(l, r);
            };
        }

        @Override
        public NumericFormat implicitFormat() throws ImplicitFormatConflict {
            NumericFormat lf = left.implicitFormat();
            NumericFormat rf = right.implicitFormat();
            if (lf.kind() != NumericFormat.Kind.NONE && rf.kind() != NumericFormat.Kind.NONE && !lf.equals(rf)) {
                throw new ImplicitFormatConflict("implicit format conflict between '" + left.text() + "' ("
                        + lf.spelling() + ") and '" + right.text() + "' (" + rf.spelling()
                        + "), need an explicit format specifier");
            }
            return lf.kind() != NumericFormat.Kind.NONE ? lf : rf;
        }
    }
}
