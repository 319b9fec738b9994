package org.jmlir.dialect.arith;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jmlir.iface.MemoryEffects;
import org.jmlir.ir.Block;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.Walker;
import org.jmlir.ir.WalkResult;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ods.FoldHook;
import org.jmlir.rewrite.Folding;
import org.jmlir.rewrite.PatternRewriter;
import org.jmlir.rewrite.RewritePattern;

/**
 * A minimal greedy driver for testing folds and patterns before the real canonicalize pass exists: folds (with
 * constants materialized at the start of the enclosing region's entry block, deduplicated), applies each op's
 * canonicalization patterns by benefit, and erases dead pure ops, until nothing changes. Test-only.
 */
final class MiniCanonicalizer {
    private MiniCanonicalizer() {}

    static void run(Operation root) {
        for (int iter = 0; iter < 10; iter++) if (!once(root)) return;
    }

    private static boolean once(Operation root) {
        Deque<Operation> work = new ArrayDeque<>();
        Walker.walk(root, Walker.Order.PRE, op -> {
            if (op != root) work.add(op);
            return WalkResult.ADVANCE;
        });
        Set<Operation> erased = new java.util.HashSet<>();
        Map<Region, Map<List<Object>, Value>> constants = new HashMap<>();
        boolean changed = false;
        PatternRewriter rw = new PatternRewriter(root.context(), new PatternRewriter.Listener() {
            @Override public void operationErased(Operation op) { erased.add(op); }
        });
        while (!work.isEmpty()) {
            Operation op = work.poll();
            if (erased.contains(op) || op.block() == null) continue;
            if (MemoryEffects.isOpTriviallyDead(op)) {
                rw.eraseOp(op);
                changed = true;
                continue;
            }
            if (!op.hasTrait(org.jmlir.ods.Trait.CONSTANT_LIKE)) {
                List<OpFoldResult> r = Folding.fold(op);
                if (r == FoldHook.IN_PLACE) {
                    changed = true;
                    work.addFirst(op);
                    continue;
                }
                if (r != null) {
                    List<Value> repl = new ArrayList<>();
                    for (int i = 0; i < r.size(); i++) {
                        Value v = switch (r.get(i)) {
                            case OpFoldResult.Val val -> val.value();
                            case OpFoldResult.Const c -> materialize(rw, op, c.attribute(), op.result(i).type(), constants);
                        };
                        if (v == null) { repl = null; break; }
                        repl.add(v);
                    }
                    if (repl != null) {
                        rw.replaceOp(op, repl);
                        changed = true;
                        continue;
                    }
                }
            }
            if (!op.isRegistered()) continue;
            List<RewritePattern> pats = new ArrayList<>(op.definition().canonicalizationPatterns());
            pats.sort(Comparator.comparingInt(RewritePattern::benefit).reversed());
            for (RewritePattern p : pats) {
                rw.setInsertionPoint(op);
                if (p.matchAndRewrite(op, rw)) {
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    }

    private static Value materialize(PatternRewriter rw, Operation op, Attribute value, org.jmlir.ir.type.Type type,
                                     Map<Region, Map<List<Object>, Value>> constants) {
        Region region = op.block().parent();
        while (region.parentOp() != null && !region.parentOp().hasTrait(org.jmlir.ods.Trait.ISOLATED_FROM_ABOVE)
            && region.parentOp().block() != null) {
            region = region.parentOp().block().parent();
        }
        Map<List<Object>, Value> known = constants.computeIfAbsent(region, k -> new HashMap<>());
        Value v = known.get(List.of(value, type));
        if (v != null) return v;
        Block entry = region.blocks().get(0);
        Dialect d = op.context().dialect(op.name().substring(0, op.name().indexOf('.')));
        if (entry.firstOp() != null) rw.setInsertionPoint(entry.firstOp()); else rw.setInsertionPointToEnd(entry);
        Operation c = d.materializeConstant(rw, value, type, op.location());
        if (c == null) return null;
        known.put(List.of(value, type), c.result(0));
        return c.result(0);
    }
}
