package org.jmlir.verify;

import org.jmlir.asm.AsmText;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ods.Trait;

/** The structure of one block: successors only on the last op, within the region, and a terminator at the end. */
final class BlockChecks {
    private BlockChecks() {}

    /**
     * A block may lack a terminator when it is detached, or is the only block of a region whose parent is absent,
     * unregistered or {@link Trait#NO_TERMINATOR}.
     */
    static boolean mayBeValidWithoutTerminator(Block block) {
        Region region = block.parent();
        if (region == null) return true;
        if (region.blocks().size() != 1) return false;
        Operation parent = region.parentOp();
        return parent == null || !parent.isRegistered() || parent.hasTrait(Trait.NO_TERMINATOR);
    }

    /** Before the block's ops are verified. */
    static boolean onEntrance(Block block) {
        if (block.isEmpty()) {
            if (mayBeValidWithoutTerminator(block)) return true;
            Operation parent = block.parentOp();
            return parent.context().diagnostics()
                .emitError(parent.location(), "empty block: expect at least a terminator").fail();
        }
        for (Operation op = block.firstOp(); op != block.lastOp(); op = op.next()) {
            if (op.numSuccessors() != 0) {
                return op.emitError("operation with block successors must terminate its parent block").fail();
            }
        }
        return true;
    }

    /** After the block's ops are verified. */
    static boolean onExit(Block block) {
        for (Block succ : block.successors()) {
            if (succ.parent() != block.parent()) {
                return block.lastOp().emitOpError("branching to block of a different region").fail();
            }
        }
        if (mayBeValidWithoutTerminator(block)) return true;
        Operation last = block.lastOp();
        if (!last.mightBeTerminator()) return last.emitError("block with no terminator, has " + AsmText.quote(last)).fail();
        return true;
    }
}
