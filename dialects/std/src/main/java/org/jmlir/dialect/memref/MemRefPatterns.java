package org.jmlir.dialect.memref;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.iface.EffectInstance;
import org.jmlir.iface.MemoryEffect;
import org.jmlir.iface.MemoryEffectOpInterface;
import org.jmlir.ir.Block;
import org.jmlir.ir.OpOperand;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ods.Trait;
import org.jmlir.rewrite.RewritePattern;

/**
 * memref canonicalizations, as upstream's: an allocation that is only stored into and freed goes away with those
 * users; a copy onto itself goes away; an alloca_scope is inlined when that cannot extend an allocation's lifetime.
 */
final class MemRefPatterns {
    private MemRefPatterns() {}

    /** SimplifyDeadAlloc, for memref.alloc and memref.alloca. */
    static RewritePattern deadAlloc(String root) {
        return RewritePattern.of("SimplifyDeadAlloc", root, (op, r) -> {
            Value mem = op.result(0);
            List<Operation> users = new ArrayList<>();
            for (OpOperand u = mem.firstUse(); u != null; u = u.nextUse()) {
                Operation user = u.owner();
                boolean storeInto = user.name().equals("memref.store") && user.operand(0) != mem;
                if (!storeInto && !user.name().equals("memref.dealloc")) return false;
                if (!users.contains(user)) users.add(user);
            }
            for (Operation user : users) r.eraseOp(user);
            r.eraseOp(op);
            return true;
        });
    }

    /** FoldSelfCopy: copying a buffer onto itself does nothing. */
    static final RewritePattern SELF_COPY = RewritePattern.of("FoldSelfCopy", "memref.copy", (op, r) -> {
        if (op.operand(0) != op.operand(1)) return false;
        r.eraseOp(op);
        return true;
    });

    /**
     * AllocaScopeInliner: a scope with no stack allocation in it (nested allocation scopes aside) is inlined; one
     * with allocations only when it is the last op before its block's terminator in a parent allocation scope,
     * where the allocations live no longer after inlining.
     */
    static final RewritePattern INLINE_ALLOCA_SCOPE = RewritePattern.of("AllocaScopeInliner", "memref.alloca_scope",
        (op, r) -> {
            if (mayAllocateOnStack(op)) {
                Operation parent = op.parentOp();
                if (parent == null || !parent.hasTrait(Trait.AUTOMATIC_ALLOCATION_SCOPE)) return false;
                Operation next = op.next();
                if (next == null || next != op.block().lastOp() || !next.mightBeTerminator()) return false;
            }
            Block body = op.region(0).entryBlock();
            Operation terminator = body.lastOp();
            List<Value> results = terminator.operands();
            r.inlineBlockBefore(body, op, List.of());
            r.replaceOp(op, results);
            r.eraseOp(terminator);
            return true;
        });

    /** Whether an op inside {@code scope} (not inside a nested allocation scope) may allocate on the stack. */
    private static boolean mayAllocateOnStack(Operation scope) {
        java.util.ArrayDeque<Operation> work = new java.util.ArrayDeque<>();
        for (var region : scope.regions()) for (Block b : region.blocks()) for (Operation o : b) work.push(o);
        while (!work.isEmpty()) {
            Operation o = work.pop();
            if (isPotentialStackAllocation(o)) return true;
            if (o.hasTrait(Trait.AUTOMATIC_ALLOCATION_SCOPE)) continue;
            for (var region : o.regions()) for (Block b : region.blocks()) for (Operation n : b) work.push(n);
        }
        return false;
    }

    /** Upstream's isOpItselfPotentialAutomaticAllocation: unknown effects count as a possible allocation. */
    private static boolean isPotentialStackAllocation(Operation op) {
        if (op.hasTrait(Trait.RECURSIVE_MEMORY_EFFECTS) || op.hasTrait(Trait.PURE)) return false;
        MemoryEffectOpInterface iface = op.isRegistered()
            ? op.definition().getInterface(MemoryEffectOpInterface.class) : null;
        if (iface == null) return true;
        List<EffectInstance> effects = new ArrayList<>();
        iface.effects(op, effects);
        for (EffectInstance e : effects) {
            if (e.effect() == MemoryEffect.ALLOCATE && e.value() != null && e.value().definingOp() == op
                && e.resource().equals(MemRefEffects.AUTOMATIC_ALLOCATION_SCOPE)) {
                return true;
            }
        }
        return false;
    }
}
