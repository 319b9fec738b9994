package org.jmlir.ir.attr;

/** {@code loc(callsite(callee at caller))}. */
public record CallSiteLoc(Location callee, Location caller) implements Location {
}
