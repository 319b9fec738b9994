package org.jmlir.ods;

/** A declared operand or result group: a name, a type constraint and an arity. */
public record ValueDef(String name, TypeConstraint constraint, Arity arity) {
}
