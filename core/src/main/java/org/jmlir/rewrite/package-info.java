/**
 * Pattern rewriting (MLIR's PatternMatch, GreedyPatternRewriteDriver, WalkPatternRewriteDriver, FoldUtils,
 * RegionUtils and DialectConversion).
 *
 * <ul>
 *   <li>Patterns: {@link org.jmlir.rewrite.RewritePattern} (root op name or any op, benefit), collected in a
 *       {@link org.jmlir.rewrite.RewritePatternSet} and frozen into a
 *       {@link org.jmlir.rewrite.FrozenRewritePatternSet} (indexed by root, best benefit first, stable; filters by
 *       debug name as canonicalize's disable-patterns/enable-patterns).</li>
 *   <li>Greedy driver: {@link org.jmlir.rewrite.GreedyPatternRewriteDriver#applyPatternsGreedily} on an op's
 *       regions or one region, with a {@link org.jmlir.rewrite.GreedyRewriteConfig}; returns a
 *       {@link org.jmlir.rewrite.GreedyRewriteResult} (converged, changed). Folding goes through
 *       {@link org.jmlir.rewrite.Folding}; constants are made unique and hoisted by
 *       {@link org.jmlir.rewrite.OperationFolder}; after each iteration
 *       {@link org.jmlir.rewrite.RegionSimplification} simplifies the CFG.
 *       {@link org.jmlir.rewrite.GreedyPatternRewriteDriver#applyOpPatternsGreedily} works on a list of ops.</li>
 *   <li>Walk driver: {@link org.jmlir.rewrite.WalkPatternRewriteDriver#walkAndApplyPatterns}.</li>
 *   <li>Dialect conversion: {@link org.jmlir.rewrite.DialectConversion} with a
 *       {@link org.jmlir.rewrite.ConversionTarget}, {@link org.jmlir.rewrite.ConversionPattern}s (optionally with a
 *       {@link org.jmlir.rewrite.TypeConverter}) and the undoable
 *       {@link org.jmlir.rewrite.ConversionPatternRewriter}; {@link org.jmlir.rewrite.UnrealizedCasts} reconciles
 *       the casts left behind.</li>
 * </ul>
 */
package org.jmlir.rewrite;
