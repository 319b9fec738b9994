package org.jmlir.ods;

import java.util.Objects;
import java.util.function.Predicate;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;

/**
 * A constraint on the type of an operand or result, with the summary MLIR's messages quote
 * ({@code must be signless integer, but got 'f32'}). {@code buildable} is the one type the constraint admits, when
 * it admits exactly one: assembly formats then need not spell it.
 */
public record TypeConstraint(String summary, Predicate<Type> predicate, Type buildable) {
    public TypeConstraint {
        Objects.requireNonNull(summary);
        Objects.requireNonNull(predicate);
    }

    public TypeConstraint(String summary, Predicate<Type> predicate) {
        this(summary, predicate, null);
    }

    /** Exactly {@code t}, summarized as MLIR's ODS does ({@code 1-bit signless integer}, {@code 32-bit float}). */
    public static TypeConstraint exactly(Type t) {
        return new TypeConstraint(summaryOf(t), t::equals, t);
    }

    private static String summaryOf(Type t) {
        if (t instanceof IntegerType i) {
            String sign = i.isSignless() ? "signless" : i.isSigned() ? "signed" : "unsigned";
            return i.width() + "-bit " + sign + " integer";
        }
        if (t instanceof FloatType f) {
            return switch (f.kind()) {
                case BF16 -> "bfloat16 type";
                case F16, F32, F64, F80, F128 -> f.width() + "-bit float";
                default -> f.kind().keyword() + " type";
            };
        }
        return t.toString();
    }

    public boolean test(Type t) { return predicate.test(t); }

    public TypeConstraint or(TypeConstraint other) {
        return new TypeConstraint(summary + " or " + other.summary, predicate.or(other.predicate));
    }
}
