package org.jmlir.pass;

import java.util.function.Supplier;

/**
 * A registered pass: its pipeline name ({@code cse}), a one-line description for {@code --help} and
 * {@code --list-passes}, and a factory that makes a fresh instance (one per pipeline use and per thread).
 */
public record PassInfo(String argument, String description, Supplier<? extends Pass> factory) {
    public Pass create() { return factory.get(); }
}
