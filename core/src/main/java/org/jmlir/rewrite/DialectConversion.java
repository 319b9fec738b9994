package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ods.FoldHook;
import org.jmlir.ods.Trait;

/**
 * Dialect conversion (MLIR's applyPartialConversion/applyFullConversion): every op nested in the given ops (and
 * they themselves), in pre-order, is legalized against a {@link ConversionTarget}: a legal op stays; otherwise it
 * is folded, or the conversion patterns for it are tried best first, each followed by legalizing the ops it
 * created and the ops it changed; a pattern whose result cannot be legalized is undone and the next one tried.
 * Partial conversion tolerates ops it could not legalize unless they are explicitly illegal; full conversion
 * requires every op to end up legal. When the conversion fails every change is undone.
 */
public final class DialectConversion {
    private DialectConversion() {}

    /** The outcome: success, and (partial conversion) the ops left unconverted. */
    public record Result(boolean succeeded, List<Operation> unconvertedOps) {}

    private enum Mode { PARTIAL, FULL }

    public static Result applyPartialConversion(Operation op, ConversionTarget target,
                                                FrozenRewritePatternSet patterns) {
        return apply(List.of(op), target, patterns, Mode.PARTIAL);
    }

    public static Result applyPartialConversion(List<Operation> ops, ConversionTarget target,
                                                FrozenRewritePatternSet patterns) {
        return apply(ops, target, patterns, Mode.PARTIAL);
    }

    public static Result applyFullConversion(Operation op, ConversionTarget target, FrozenRewritePatternSet patterns) {
        return apply(List.of(op), target, patterns, Mode.FULL);
    }

    public static Result applyFullConversion(List<Operation> ops, ConversionTarget target,
                                             FrozenRewritePatternSet patterns) {
        return apply(ops, target, patterns, Mode.FULL);
    }

    private static Result apply(List<Operation> ops, ConversionTarget target, FrozenRewritePatternSet patterns,
                                Mode mode) {
        if (ops.isEmpty()) return new Result(true, List.of());
        ConversionPatternRewriter rewriter = new ConversionPatternRewriter(ops.getFirst().context(), ops);
        Legalizer legalizer = new Legalizer(target, patterns, rewriter);
        List<Operation> unconverted = new ArrayList<>();
        for (Operation op : conversionSet(ops, target)) {
            if (rewriter.isIgnored(op)) continue;
            if (legalizer.legalize(op)) continue;
            if (mode == Mode.FULL) {
                op.emitError("failed to legalize operation '" + op.name() + "'");
                op.context().diagnostics().flush();
                rewriter.undoAll();
                return new Result(false, List.of());
            }
            if (target.isIllegal(op)) {
                op.emitError("failed to legalize operation '" + op.name() + "' that was explicitly marked illegal");
                op.context().diagnostics().flush();
                rewriter.undoAll();
                return new Result(false, List.of());
            }
            unconverted.add(op);
        }
        boolean ok = rewriter.commit();
        unconverted.removeIf(op -> op.block() == null && !ops.contains(op));
        return new Result(ok, unconverted);
    }

    /** The ops to legalize, pre-order; the insides of recursively legal ops are skipped. */
    private static List<Operation> conversionSet(List<Operation> roots, ConversionTarget target) {
        List<Operation> out = new ArrayList<>();
        List<Operation> stack = new ArrayList<>();
        for (int i = roots.size() - 1; i >= 0; i--) stack.add(roots.get(i));
        while (!stack.isEmpty()) {
            Operation op = stack.removeLast();
            out.add(op);
            if (op.numRegions() == 0) continue;
            if (Boolean.TRUE.equals(target.isLegal(op)) && target.isRecursivelyLegal(op)) continue;
            List<Operation> children = new ArrayList<>();
            for (Region r : op.regions()) for (Block b : r.blocks()) for (Operation c : b) children.add(c);
            for (int i = children.size() - 1; i >= 0; i--) stack.add(children.get(i));
        }
        return out;
    }

    /** Legalizes one op at a time, recursively for what patterns create (MLIR's OperationLegalizer). */
    private static final class Legalizer {
        private final ConversionTarget target;
        private final FrozenRewritePatternSet patterns;
        private final ConversionPatternRewriter rewriter;
        /** Patterns being applied further up the stack: not applied again to what they created. */
        private final Set<RewritePattern> active = Collections.newSetFromMap(new IdentityHashMap<>());

        Legalizer(ConversionTarget target, FrozenRewritePatternSet patterns, ConversionPatternRewriter rewriter) {
            this.target = target;
            this.patterns = patterns;
            this.rewriter = rewriter;
        }

        boolean legalize(Operation op) {
            Boolean legal = target.isLegal(op);
            if (Boolean.TRUE.equals(legal)) {
                if (target.isRecursivelyLegal(op)) rewriter.markRecursivelyLegal(op);
                return true;
            }
            if (rewriter.isIgnored(op) || rewriter.isMaterialization(op)) return true;
            if (legalizeWithFold(op)) return true;
            return legalizeWithPattern(op);
        }

        private boolean legalizeWithFold(Operation op) {
            if (op.hasTrait(Trait.CONSTANT_LIKE) || !op.isRegistered() || op.definition().folder() == null) {
                return false;
            }
            int state = rewriter.state();
            int created = rewriter.createdCount();
            @SuppressWarnings("unchecked") List<OpFoldResult>[] folded = new List[1];
            rewriter.modifyOpInPlace(op, () -> folded[0] = Folding.fold(op));
            List<OpFoldResult> results = folded[0];
            if (results == null) {
                rewriter.resetState(state);
                return false;
            }
            if (results == FoldHook.IN_PLACE) {
                if (legalize(op)) return true;
                rewriter.resetState(state);
                return false;
            }
            rewriter.setInsertionPoint(op);
            Dialect dialect = op.context().dialect(op.operationName().dialectNamespace());
            List<Value> values = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                switch (results.get(i)) {
                    case OpFoldResult.Val v -> values.add(v.value());
                    case OpFoldResult.Const c -> {
                        Operation constant = dialect == null ? null
                            : dialect.materializeConstant(rewriter, c.attribute(), op.result(i).type(), op.location());
                        if (constant == null) {
                            rewriter.resetState(state);
                            return false;
                        }
                        values.add(constant.result(0));
                    }
                }
            }
            for (Operation c : new ArrayList<>(rewriter.createdOpsSince(created))) {
                if (!legalize(c)) {
                    rewriter.resetState(state);
                    return false;
                }
            }
            rewriter.replaceOp(op, values);
            return true;
        }

        private boolean legalizeWithPattern(Operation op) {
            for (RewritePattern p : patterns.patternsFor(op.name())) {
                if (active.contains(p)) continue;
                int state = rewriter.state();
                int created = rewriter.createdCount();
                int modified = rewriter.modifiedCount();
                TypeConverter savedConverter = rewriter.currentConverter;
                rewriter.setInsertionPoint(op);
                rewriter.currentConverter = p instanceof ConversionPattern cp ? cp.typeConverter() : null;
                active.add(p);
                boolean ok;
                try {
                    ok = p.matchAndRewrite(op, rewriter) && legalizeResult(created, modified);
                } finally {
                    active.remove(p);
                    rewriter.currentConverter = savedConverter;
                }
                if (ok) return true;
                rewriter.resetState(state);
            }
            return false;
        }

        /** Legalizes the ops a pattern created and re-checks those it changed in place. */
        private boolean legalizeResult(int createdMark, int modifiedMark) {
            for (Operation c : new ArrayList<>(rewriter.createdOpsSince(createdMark))) {
                if (rewriter.isIgnored(c) || rewriter.isMaterialization(c)) continue;
                if (!legalize(c)) return false;
            }
            for (Operation m : new ArrayList<>(rewriter.modifiedOpsSince(modifiedMark))) {
                if (rewriter.isIgnored(m)) continue;
                if (!Boolean.TRUE.equals(target.isLegal(m)) && !legalize(m)) return false;
            }
            return true;
        }
    }
}
