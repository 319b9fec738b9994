package org.jmlir.ir.attr;

/** {@code loc("name")} or {@code loc("name"(child))}; child is {@link Location#UNKNOWN} when absent. */
public record NameLoc(String name, Location child) implements Location {
}
