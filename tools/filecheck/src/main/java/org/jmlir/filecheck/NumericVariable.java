package org.jmlir.filecheck;

/**
 * A numeric variable ({@code [[#N:]]}, {@code -D#N=...} or the {@code @LINE} pseudo variable). Uses parsed before
 * a definition keep pointing at the same object, so setting the value at match time is visible to them.
 */
final class NumericVariable {
    final String name;
    final NumericFormat format;
    /** Check-file line of the definition; null for command-line and pseudo variables. */
    final Integer defLine;
    private Long value;

    NumericVariable(String name, NumericFormat format, Integer defLine) {
        this.name = name;
        this.format = format;
        this.defLine = defLine;
    }

    Long value() { return value; }

    void setValue(Long value) { this.value = value; }
}
