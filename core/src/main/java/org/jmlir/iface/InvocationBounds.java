package org.jmlir.iface;

/**
 * How many times a region of a {@link RegionBranchOpInterface} op may run each time the op runs (MLIR's
 * InvocationBounds): at least {@code lowerBound}, at most {@code upperBound} ({@code -1}: no known upper bound).
 */
public record InvocationBounds(int lowerBound, int upperBound) {
    public static final InvocationBounds UNKNOWN = new InvocationBounds(0, -1);

    public boolean hasUpperBound() { return upperBound >= 0; }
}
