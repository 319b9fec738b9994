package org.jmlir.ir.attr;

import java.util.List;

/** {@code loc(fused<metadata>[a, b])}; metadata may be null. */
public record FusedLoc(List<Location> locations, Attribute metadata) implements Location {
    public FusedLoc { locations = List.copyOf(locations); }
}
