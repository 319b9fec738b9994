package org.jmlir.ods;

import java.util.Objects;
import java.util.function.Predicate;
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

    public static TypeConstraint exactly(Type t) {
        return new TypeConstraint(t.toString(), t::equals, t);
    }

    public boolean test(Type t) { return predicate.test(t); }

    public TypeConstraint or(TypeConstraint other) {
        return new TypeConstraint(summary + " or " + other.summary, predicate.or(other.predicate));
    }
}
