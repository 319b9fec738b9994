package org.jmlir.rewrite;

import java.util.List;
import org.jmlir.ir.Region;

/** MLIR's mergeIdenticalBlocks and dropRedundantArguments (region simplification's aggressive level). */
final class BlockMerging {
    private BlockMerging() {}

    static boolean mergeIdenticalBlocks(PatternRewriter rewriter, List<Region> regions) { return false; }

    static boolean dropRedundantArguments(PatternRewriter rewriter, List<Region> regions) { return false; }
}
