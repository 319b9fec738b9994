package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.ir.Block;
import org.jmlir.ir.Builder;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.attr.UnknownLoc;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.FoldHook;
import org.jmlir.ods.Trait;

/**
 * Folds ops and keeps constants unique (MLIR's OperationFolder). Each constant it owns lives at the start of the
 * entry block of its insertion region: the region of the nearest enclosing op that is isolated from above (or
 * unregistered, or top-level). A constant of the same dialect, value and type is reused instead of created again;
 * a reused constant whose location differs from the one it stands for gets an unknown location, as in MLIR.
 */
public final class OperationFolder {
    private record Key(String dialect, Attribute value, Type type) {}

    private final PatternRewriter rewriter;
    private final Map<Region, Map<Key, Operation>> foldScopes = new IdentityHashMap<>();
    private final Map<Operation, List<String>> referencedDialects = new IdentityHashMap<>();

    /** @param rewriter through which constants are created, replaced and erased (its listener hears of it) */
    public OperationFolder(PatternRewriter rewriter) { this.rewriter = rewriter; }

    public void clear() {
        foldScopes.clear();
        referencedDialects.clear();
    }

    private boolean isFolderOwnedConstant(Operation op) { return op != null && referencedDialects.containsKey(op); }

    /** The region constants used in {@code block} are materialized into. */
    public static Region insertionRegion(Block block) {
        Region region = block.parent();
        while (true) {
            Operation parent = region.parentOp();
            if (parent == null || !parent.isRegistered() || parent.hasTrait(Trait.ISOLATED_FROM_ABOVE)
                || parent.block() == null) {
                return region;
            }
            Region up = parent.parentRegion();
            if (up == null) return region;
            region = up;
        }
    }

    private static String dialectOf(Operation op) { return op.operationName().dialectNamespace(); }

    /**
     * Records the existing constant {@code op} (whose value is {@code value}, or computed when null). When an
     * equal constant is already known, {@code op} is replaced by it and erased and false is returned; otherwise
     * {@code op} moves to the front of its insertion region's entry block (unless it already heads the run of
     * folder-owned constants there) and true is returned.
     */
    public boolean insertKnownConstant(Operation op, Attribute value) {
        Block opBlock = op.block();
        if (isFolderOwnedConstant(op)) {
            if (opBlock.firstOp() != op && !isFolderOwnedConstant(op.prev())) {
                op.moveBefore(opBlock.firstOp());
            }
            return true;
        }
        if (value == null) value = Folding.constantValue(op.result(0));
        if (value == null) return true;
        Region region = insertionRegion(opBlock);
        Map<Key, Operation> uniqued = foldScopes.computeIfAbsent(region, r -> new HashMap<>());
        Key key = new Key(dialectOf(op), value, op.result(0).type());
        Operation existing = uniqued.get(key);
        if (existing != null) {
            notifyRemoval(op);
            rewriter.replaceOp(op, existing.results());
            if (!existing.location().equals(op.location())) existing.setLocation(UnknownLoc.INSTANCE);
            return false;
        }
        Block entry = region.entryBlock();
        if (opBlock != entry || (entry.firstOp() != op && !isFolderOwnedConstant(op.prev()))) {
            op.moveBefore(entry.firstOp());
            // mlir-opt keeps the location of a constant moved up its own block, and drops that of one hoisted
            // from another block (it no longer says where the value is made).
            if (opBlock != entry) op.setLocation(UnknownLoc.INSTANCE);
        }
        uniqued.put(key, op);
        referencedDialects.computeIfAbsent(op, o -> new ArrayList<>()).add(dialectOf(op));
        return true;
    }

    /** Forgets {@code op} if it is a constant this folder owns (call before erasing it elsewhere). */
    public void notifyRemoval(Operation op) {
        List<String> dialects = referencedDialects.remove(op);
        if (dialects == null) return;
        Attribute value = Folding.constantValue(op.result(0));
        if (value == null) return;
        Map<Key, Operation> uniqued = foldScopes.get(insertionRegion(op.block()));
        if (uniqued == null) return;
        for (String d : dialects) uniqued.remove(new Key(d, value, op.result(0).type()), op);
    }

    /**
     * A constant of {@code value} and {@code type} usable in {@code block}, created by {@code dialect} at the start
     * of the insertion region's entry block when no equal one is known; null when the dialect cannot materialize it.
     */
    public Value getOrCreateConstant(Block block, Dialect dialect, Attribute value, Type type, Location loc) {
        Region region = insertionRegion(block);
        Builder.InsertionPoint saved = rewriter.saveInsertionPoint();
        try {
            rewriter.setInsertionPointToStart(region.entryBlock());
            Operation c = tryGetOrCreateConstant(foldScopes.computeIfAbsent(region, r -> new HashMap<>()), dialect,
                value, type, loc);
            return c == null ? null : c.result(0);
        } finally {
            rewriter.restoreInsertionPoint(saved);
        }
    }

    private Operation tryGetOrCreateConstant(Map<Key, Operation> uniqued, Dialect dialect, Attribute value, Type type,
                                             Location loc) {
        Key key = new Key(dialect.namespace(), value, type);
        Operation known = uniqued.get(key);
        if (known != null) {
            if (!known.location().equals(loc)) known.setLocation(UnknownLoc.INSTANCE);
            return known;
        }
        Operation created = dialect.materializeConstant(rewriter, value, type, loc);
        if (created == null) return null;
        String newDialect = dialectOf(created);
        if (newDialect.equals(dialect.namespace())) {
            uniqued.put(key, created);
            referencedDialects.computeIfAbsent(created, o -> new ArrayList<>()).add(newDialect);
            return created;
        }
        Key newKey = new Key(newDialect, value, type);
        Operation existing = uniqued.get(newKey);
        if (existing != null) {
            rewriter.eraseOp(created);
            referencedDialects.get(existing).add(dialect.namespace());
            if (!existing.location().equals(loc)) existing.setLocation(UnknownLoc.INSTANCE);
            uniqued.put(key, existing);
            return existing;
        }
        referencedDialects.put(created, new ArrayList<>(List.of(dialect.namespace(), newDialect)));
        uniqued.put(key, created);
        uniqued.put(newKey, created);
        return created;
    }

    /** What {@link #tryToFold} did. */
    public enum FoldOutcome { NOT_FOLDED, IN_PLACE, REPLACED }

    /**
     * Folds {@code op}: on an in-place fold it stays; otherwise its results are replaced by existing values or by
     * unique constants and it is erased. Constant-like ops are only recorded (see {@link #insertKnownConstant}).
     */
    public FoldOutcome tryToFold(Operation op) {
        if (op.hasTrait(Trait.CONSTANT_LIKE)) {
            Attribute v = Folding.constantValue(op.result(0));
            if (v != null && !insertKnownConstant(op, v)) return FoldOutcome.REPLACED;
            return FoldOutcome.NOT_FOLDED;
        }
        List<OpFoldResult> results = Folding.fold(op);
        if (results == null) return FoldOutcome.NOT_FOLDED;
        if (results == FoldHook.IN_PLACE) {
            rewriter.modifyOpInPlace(op, () -> { });
            return FoldOutcome.IN_PLACE;
        }
        Dialect dialect = op.context().dialect(dialectOf(op));
        List<Value> replacements = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            switch (results.get(i)) {
                case OpFoldResult.Val v -> replacements.add(v.value());
                case OpFoldResult.Const c -> {
                    Value v = dialect == null ? null
                        : getOrCreateConstant(op.block(), dialect, c.attribute(), op.result(i).type(), op.location());
                    if (v == null) return FoldOutcome.NOT_FOLDED; // constants made so far stay, unused, as in MLIR
                    replacements.add(v);
                }
            }
        }
        rewriter.replaceOp(op, replacements);
        return FoldOutcome.REPLACED;
    }
}
