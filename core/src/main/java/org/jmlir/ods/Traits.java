package org.jmlir.ods;

import java.util.Arrays;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;

/** The checks behind the builtin traits, with MLIR's messages. */
final class Traits {
    private Traits() {}

    static boolean verifySameOperandsAndResultType(Operation op) {
        if (op.numOperands() == 0 && op.numResults() == 0) return true;
        Type t = op.numResults() > 0 ? op.result(0).type() : op.operand(0).type();
        // Types are uniqued, so identity is the common answer; equals covers the rest.
        for (int i = 0; i < op.numResults(); i++) {
            Type r = op.result(i).type();
            if (r != t && !r.equals(t)) return op.emitOpError("requires the same type for all operands and results").fail();
        }
        for (int i = 0; i < op.numOperands(); i++) {
            Type o = op.operand(i).type();
            if (o != t && !o.equals(t)) return op.emitOpError("requires the same type for all operands and results").fail();
        }
        return true;
    }

    static boolean verifySameTypeOperands(Operation op) {
        if (op.numOperands() < 2) return true;
        Type t = op.operand(0).type();
        for (int i = 1; i < op.numOperands(); i++) {
            Type o = op.operand(i).type();
            if (o != t && !o.equals(t)) return op.emitOpError("requires all operands to have the same type").fail();
        }
        return true;
    }

    private static Type elementOf(Type t) { return t instanceof ShapedType s ? s.elementType() : t; }

    static boolean verifySameOperandsAndResultElementType(Operation op) {
        Type e = op.numResults() > 0 ? elementOf(op.result(0).type())
            : op.numOperands() > 0 ? elementOf(op.operand(0).type()) : null;
        if (e == null) return true;
        for (var r : op.results()) {
            if (!elementOf(r.type()).equals(e)) {
                return op.emitOpError("requires the same element type for all operands and results").fail();
            }
        }
        for (Value v : op.operands()) {
            if (!elementOf(v.type()).equals(e)) {
                return op.emitOpError("requires the same element type for all operands and results").fail();
            }
        }
        return true;
    }

    static boolean verifySameOperandsAndResultShape(Operation op) {
        Type first = op.numOperands() > 0 ? op.operand(0).type() : op.numResults() > 0 ? op.result(0).type() : null;
        if (first == null) return true;
        for (Value v : op.operands()) {
            if (!compatibleShape(first, v.type())) {
                return op.emitOpError("requires the same shape for all operands and results").fail();
            }
        }
        for (var r : op.results()) {
            if (!compatibleShape(first, r.type())) {
                return op.emitOpError("requires the same shape for all operands and results").fail();
            }
        }
        return true;
    }

    private static boolean compatibleShape(Type a, Type b) {
        boolean sa = a instanceof ShapedType, sb = b instanceof ShapedType;
        if (!sa && !sb) return true;
        if (sa != sb) return false;
        ShapedType x = (ShapedType) a, y = (ShapedType) b;
        if (!x.hasRank() || !y.hasRank()) return true;
        if (x.rank() != y.rank()) return false;
        for (int i = 0; i < x.rank(); i++) {
            long p = x.shape().get(i), q = y.shape().get(i);
            if (p != q && p != ShapedType.DYNAMIC && q != ShapedType.DYNAMIC) return false;
        }
        return true;
    }

    static boolean verifyHasParent(Operation op, String[] parents) {
        Operation p = op.parentOp();
        if (p != null && Arrays.asList(parents).contains(p.name())) return true;
        String list = parents.length == 1 ? "'" + parents[0] + "'"
            : "one of '" + String.join(", ", parents) + "'";
        return op.emitOpError("expects parent op " + (parents.length == 1 ? "" : "to be ") + list).fail();
    }

    static boolean verifyIsTerminator(Operation op) {
        Block block = op.block();
        if (block == null || block.lastOp() != op) {
            return op.emitOpError("must be the last operation in the parent block").fail();
        }
        return true;
    }

    static boolean verifySingleBlock(Operation op) {
        for (int i = 0; i < op.numRegions(); i++) {
            Region region = op.region(i);
            if (region.isEmpty()) continue;
            if (region.blocks().size() != 1) {
                return op.emitOpError("expects region #" + i + " to have 0 or 1 blocks").fail();
            }
            if (!op.hasTrait(Trait.NO_TERMINATOR) && region.entryBlock().isEmpty()) {
                return op.emitOpError("expects a non-empty block").fail();
            }
        }
        return true;
    }

    /** Runs after nested ops were verified, so the terminator itself is known to be well formed. */
    static boolean verifyImplicitTerminator(Operation op, String terminator) {
        for (Region region : op.regions()) {
            if (region.isEmpty()) continue;
            Operation last = region.entryBlock().lastOp();
            if (last == null || last.name().equals(terminator)) continue;
            return op.emitOpError("expects regions to end with '" + terminator + "', found '" + last.name() + "'")
                .attachNote(op.location(), "in custom textual format, the absence of terminator implies '"
                    + terminator + "'")
                .fail();
        }
        return true;
    }

    static boolean verifyNoRegionArguments(Operation op) {
        for (int i = 0; i < op.numRegions(); i++) {
            Region region = op.region(i);
            if (region.isEmpty() || region.entryBlock().numArguments() == 0) continue;
            if (op.numRegions() > 1) return op.emitOpError("region #" + i + " should have no arguments").fail();
            return op.emitOpError("region should have no arguments").fail();
        }
        return true;
    }
}
