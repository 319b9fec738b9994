package org.jmlir.ir.attr;

/** {@code loc(unknown)}. */
public record UnknownLoc() implements Location {
    public static final UnknownLoc INSTANCE = new UnknownLoc();
}
