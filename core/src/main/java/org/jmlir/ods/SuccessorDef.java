package org.jmlir.ods;

/** A declared successor (or a variadic list of them). */
public record SuccessorDef(String name, boolean variadic) {
}
