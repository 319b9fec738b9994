package org.jmlir.rewrite;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.FoldHook;
import org.jmlir.ods.Trait;

/**
 * Folds ops and owns the constants folding needs (MLIR's OperationFolder): one constant per (dialect, value, type)
 * in each insertion region, kept at the start of the region's entry block, where it dominates every use. The
 * insertion region is that of the nearest IsolatedFromAbove ancestor (or the outermost region).
 */
public final class OperationFolder {
    private record Key(String dialect, Attribute value, Type type) {}

    private final Map<Region, Map<Key, Operation>> constants = new HashMap<>();
    private final Set<Operation> owned = new HashSet<>();
    private final PatternRewriter rewriter;

    public OperationFolder(PatternRewriter rewriter) { this.rewriter = rewriter; }

    static Region insertionRegion(Operation op) {
        Region r = op.parentRegion();
        while (r != null) {
            Operation parent = r.parentOp();
            if (parent == null || !parent.isRegistered() || parent.hasTrait(Trait.ISOLATED_FROM_ABOVE)
                || parent.parentRegion() == null) {
                return r;
            }
            r = parent.parentRegion();
        }
        return null;
    }

    public boolean isFolderOwnedConstant(Operation op) { return owned.contains(op); }

    /**
     * Records an existing constant op. Returns false when it duplicated a known constant and was replaced by it
     * (and erased); otherwise the constant is kept, moved to the head of its insertion block if it was not among
     * the constants there.
     */
    public boolean insertKnownConstant(Operation op) {
        Attribute value = Folding.constantValue(op.result(0));
        Region region = insertionRegion(op);
        if (value == null || region == null || region.isEmpty()) return true;
        Key key = new Key(op.operationName().dialectNamespace(), value, op.result(0).type());
        Map<Key, Operation> map = constants.computeIfAbsent(region, r -> new HashMap<>());
        Operation existing = map.get(key);
        if (existing != null && existing != op) {
            rewriter.replaceOp(op, existing.results());
            return false;
        }
        map.put(key, op);
        owned.add(op);
        Block front = region.entryBlock();
        if (op.block() != front || (op.prev() != null && !owned.contains(op.prev()))) {
            Operation first = front.firstOp();
            if (first != op) rewriter.moveOpBefore(op, first);
        }
        return true;
    }

    /** Forgets a constant that is being erased. */
    public void notifyRemoval(Operation op) {
        if (!owned.remove(op)) return;
        for (Map<Key, Operation> m : constants.values()) m.values().remove(op);
    }

    /** The shared constant for {@code value}, created at the head of the insertion block if needed, or null. */
    public Value getOrCreateConstant(Operation near, Dialect dialect, Attribute value, Type type) {
        Region region = insertionRegion(near);
        if (region == null || dialect == null) return null;
        Key key = new Key(dialect.namespace(), value, type);
        Map<Key, Operation> map = constants.computeIfAbsent(region, r -> new HashMap<>());
        Operation existing = map.get(key);
        if (existing != null) return existing.result(0);
        var ip = rewriter.saveInsertionPoint();
        rewriter.setInsertionPointToStart(region.entryBlock());
        Operation c = dialect.materializeConstant(rewriter, value, type, near.location());
        rewriter.restoreInsertionPoint(ip);
        if (c == null) return null;
        map.put(key, c);
        owned.add(c);
        return c.result(0);
    }

    /**
     * Folds {@code op}: returns true when it changed (in place, or replaced and erased). Constant-like ops are not
     * folded (they are what folding produces).
     */
    public boolean tryFold(Operation op) {
        if (op.hasTrait(Trait.CONSTANT_LIKE)) return false;
        List<OpFoldResult> results = Folding.fold(op);
        if (results == null) return false;
        if (results == FoldHook.IN_PLACE) {
            rewriter.modifyOpInPlace(op, () -> { });
            return true;
        }
        Value[] replacements = new Value[op.numResults()];
        for (int i = 0; i < replacements.length; i++) {
            OpFoldResult r = results.get(i);
            if (r instanceof OpFoldResult.Val v) {
                replacements[i] = v.value();
            } else {
                Attribute a = ((OpFoldResult.Const) r).attribute();
                Dialect d = op.context().dialect(op.operationName().dialectNamespace());
                replacements[i] = getOrCreateConstant(op, d, a, op.result(i).type());
                if (replacements[i] == null) return false;
            }
        }
        rewriter.replaceOp(op, List.of(replacements));
        return true;
    }
}
