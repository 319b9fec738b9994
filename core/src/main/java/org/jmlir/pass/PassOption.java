package org.jmlir.pass;

import java.util.Objects;
import java.util.function.Function;

/**
 * One typed option of a pass ({@code max-iterations=3} in a pipeline), declared by the pass through
 * {@link Pass#intOption} and friends. Parsing rejects malformed values with a message naming the option.
 */
public final class PassOption<T> {
    private final String name;
    private final String description;
    private final String typeName;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final Function<T, String> printer;
    private T value;
    private boolean explicitlySet;

    PassOption(String name, String description, String typeName, T defaultValue, Function<String, T> parser,
               Function<T, String> printer) {
        this.name = Objects.requireNonNull(name);
        this.description = description;
        this.typeName = typeName;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.printer = printer;
        this.value = defaultValue;
    }

    public String name() { return name; }

    public String description() { return description; }

    /** The value kind shown in help ({@code int}, {@code bool}, {@code string}, {@code list<int>}, enum values). */
    public String typeName() { return typeName; }

    public T defaultValue() { return defaultValue; }

    public T get() { return value; }

    public void set(T v) {
        value = v;
        explicitlySet = true;
    }

    /** Whether the value was given (in a pipeline or by code) rather than defaulted. */
    public boolean isExplicitlySet() { return explicitlySet; }

    /**
     * Parses and sets {@code text}.
     *
     * @throws IllegalArgumentException with a message for the user when the text is not a valid value
     */
    public void parse(String text) {
        try {
            set(parser.apply(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid value '" + text + "' for option '" + name + "'"
                + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
        }
    }

    /** The value as pipeline text (re-parses to the same value). */
    public String print() { return printer.apply(value); }

    @Override public String toString() { return name + "=" + print(); }
}
