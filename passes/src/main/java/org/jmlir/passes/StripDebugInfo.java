package org.jmlir.passes;

import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.attr.UnknownLoc;
import org.jmlir.pass.Pass;

/** {@code strip-debuginfo}: every op and block argument location becomes {@code loc(unknown)}, as mlir-opt's. */
public final class StripDebugInfo extends Pass {
    @Override public String argument() { return "strip-debuginfo"; }

    @Override public String description() { return "Strip debug info from all operations"; }

    @Override protected void runOnOperation() {
        UnknownLoc unknown = UnknownLoc.INSTANCE;
        getOperation().walk(op -> {
            op.setLocation(unknown);
            for (Region r : op.regions()) {
                for (Block b : r.blocks()) for (BlockArgument a : b.arguments()) a.setLocation(unknown);
            }
        });
    }
}
