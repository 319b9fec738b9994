package org.jmlir.ods;

/**
 * A declared region: {@code variadic} stands for any number of regions; each must have between {@code minBlocks}
 * and {@code maxBlocks} blocks. MLIR's constraints map as: AnyRegion 0..MAX, SizedRegion&lt;n&gt; n..n,
 * MaxSizedRegion&lt;n&gt; 0..n, MinSizedRegion&lt;n&gt; n..MAX.
 */
public record RegionDef(String name, boolean variadic, int minBlocks, int maxBlocks) {
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /** A region of at most {@code maxBlocks} blocks (any region when it is {@link #UNBOUNDED}). */
    public RegionDef(String name, boolean variadic, int maxBlocks) {
        this(name, variadic, 0, maxBlocks);
    }

    /** Whether {@code blocks} satisfies the constraint. */
    public boolean admits(int blocks) { return blocks >= minBlocks && blocks <= maxBlocks; }

    /** MLIR's summary of the constraint, quoted by the verifier ({@code region with 1 blocks}). */
    public String summary() {
        if (minBlocks == maxBlocks) return "region with " + minBlocks + " blocks";
        if (minBlocks == 0 && maxBlocks == UNBOUNDED) return "any region";
        if (minBlocks == 0) return "region with at most " + maxBlocks + " blocks";
        if (maxBlocks == UNBOUNDED) return "region with at least " + minBlocks + " blocks";
        return "region with " + minBlocks + " to " + maxBlocks + " blocks";
    }
}
