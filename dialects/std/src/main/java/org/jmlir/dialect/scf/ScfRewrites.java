package org.jmlir.dialect.scf;

import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;
import org.jmlir.rewrite.PatternRewriter;

/** Building blocks of the scf canonicalization patterns: making scf ops and inlining their regions. */
final class ScfRewrites {
    private ScfRewrites() {}

    /** The terminator of a single-block region. */
    static Operation terminator(Region r) { return r.entryBlock().lastOp(); }

    /**
     * Upstream's replaceOpWithRegion: the region's only block goes before {@code op} (its arguments replaced by
     * {@code blockArgs}), {@code op}'s results by what the terminator yields; the terminator goes.
     */
    static void replaceOpWithRegion(PatternRewriter r, Operation op, Region region, List<? extends Value> blockArgs) {
        Block block = region.entryBlock();
        Operation term = block.lastOp();
        List<Value> results = term.operands();
        r.inlineBlockBefore(block, op, blockArgs);
        r.replaceOp(op, results);
        r.eraseOp(term);
    }

    /**
     * A new scf.if at the insertion point with empty entry blocks in the then region and, with {@code withElse}, in
     * the else region (callers add the terminators).
     */
    static Operation createIf(PatternRewriter r, Location loc, List<Type> types, Value cond, boolean withElse) {
        OperationState s = r.state("scf.if", loc).addOperand(cond).addTypes(types);
        Region thenRegion = s.addRegion(), elseRegion = s.addRegion();
        thenRegion.addBlock(new Block());
        if (withElse) elseRegion.addBlock(new Block());
        return r.create(s);
    }

    static Operation createYield(PatternRewriter r, Location loc, List<? extends Value> values) {
        return r.create("scf.yield", loc, values, List.of());
    }

    /** Replaces the terminator {@code old} (an scf.yield) by one yielding {@code values}. */
    static void replaceYield(PatternRewriter r, Operation old, List<? extends Value> values) {
        var ip = r.saveInsertionPoint();
        r.setInsertionPoint(old);
        createYield(r, old.location(), values);
        r.eraseOp(old);
        r.restoreInsertionPoint(ip);
    }
}
