package org.jmlir.ods;

/** A declared region: {@code variadic} stands for any number of regions; {@code maxBlocks} 1 for SizedRegion<1>. */
public record RegionDef(String name, boolean variadic, int maxBlocks) {
}
