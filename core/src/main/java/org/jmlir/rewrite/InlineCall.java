package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.iface.DialectInlinerInterface;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.IRMapping;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.CallSiteLoc;
import org.jmlir.ir.attr.Location;

/**
 * Inlines one call (MLIR's inlineCall): the callee's body is cloned in place of the call, its arguments replaced by
 * the call's operands, its results by what its terminators return (through the dialect's inliner interface). A
 * single-block body lands right before the call; a multi-block one splits the caller's block and its returns branch
 * to the rest. Inlined ops get call-site locations. Nothing changes when some op may not be inlined.
 */
public final class InlineCall {
    private InlineCall() {}

    /** Whether every op of {@code body} may be inlined into {@code dest}, per its dialect. */
    public static boolean isLegal(Region body, Region dest) {
        boolean[] ok = {true};
        for (Block b : body.blocks()) {
            for (Operation op : b) {
                op.walk(nested -> {
                    DialectInlinerInterface iface = DialectInlinerInterface.of(nested);
                    if (iface == null || !iface.isLegalToInline(nested, dest)) ok[0] = false;
                });
            }
        }
        return ok[0];
    }

    /**
     * Whether every block of {@code body} ends in a branch or in a terminator its dialect can turn into the caller's
     * control flow.
     */
    private static boolean terminatorsHandled(Region body) {
        for (Block b : body.blocks()) {
            Operation term = b.lastOp();
            if (term != null && term.numSuccessors() > 0 && body.blocks().size() > 1) continue;
            DialectInlinerInterface iface = term == null ? null : DialectInlinerInterface.of(term);
            if (iface == null || !iface.canHandleTerminator(term)) return false;
        }
        return true;
    }

    /**
     * Inlines {@code body} (the callee's region) at {@code call}, passing {@code args}; erases the call. Returns the
     * ops now standing where the call was (the top-level ops of the inlined body), or null (nothing changed) when
     * the types do not line up, an op may not be inlined or a terminator cannot be turned into control flow.
     */
    public static List<Operation> inline(PatternRewriter r, Operation call, Region body, List<Value> args) {
        Block entry = body.entryBlock();
        if (entry == null || entry.numArguments() != args.size()) return null;
        for (int i = 0; i < args.size(); i++) if (!entry.argument(i).type().equals(args.get(i).type())) return null;
        if (!isLegal(body, call.parentRegion()) || !terminatorsHandled(body)) return null;
        IRMapping mapping = new IRMapping();
        for (int i = 0; i < args.size(); i++) mapping.map(entry.argument(i), args.get(i));
        Location callLoc = call.location();
        List<Value> results = new ArrayList<>(call.results());
        if (body.blocks().size() == 1) {
            r.setInsertionPoint(call);
            List<Operation> inlined = new ArrayList<>();
            for (Operation op : entry) {
                Operation clone = r.insert(op.clone(mapping));
                relocate(clone, callLoc);
                inlined.add(clone);
            }
            Operation term = inlined.removeLast();
            DialectInlinerInterface.of(term).handleTerminator(term, results, r);
            r.eraseOp(term);
            r.eraseOp(call);
            return inlined;
        }
        Block callBlock = call.block();
        Block continuation = r.splitBlock(callBlock, call.next());
        for (Value v : results) {
            BlockArgument a = continuation.addArgument(v.type(), call.location());
            r.replaceAllUsesWith(v, a);
        }
        Region callerRegion = callBlock.parent();
        int at = callerRegion.indexOf(continuation);
        body.cloneInto(callerRegion, at, mapping);
        List<Block> blocks = new ArrayList<>(callerRegion.blocks().subList(at, callerRegion.indexOf(continuation)));
        for (Block b : blocks) for (Operation op : b) relocate(op, callLoc);
        for (Block b : blocks) {
            Operation term = b.lastOp();
            if (term.numSuccessors() == 0) DialectInlinerInterface.of(term).handleTerminator(term, continuation, r);
        }
        List<Operation> inlined = new ArrayList<>();
        for (Block b : blocks) for (Operation op : b) inlined.add(op);
        r.eraseOp(call);
        r.mergeBlocks(blocks.getFirst(), callBlock, List.of());
        return inlined;
    }

    /** The inlined op and everything in it (block arguments too) now sit at a call site of {@code callLoc}. */
    private static void relocate(Operation op, Location callLoc) {
        op.walk(nested -> {
            nested.setLocation(stack(nested.location(), callLoc));
            for (Region r : nested.regions()) {
                for (Block b : r.blocks()) for (BlockArgument a : b.arguments()) a.setLocation(stack(a.location(), callLoc));
            }
        });
    }

    /**
     * Upstream's stackLocations: an op inlined before, at {@code callsite(x at y)}, lands at
     * {@code callsite(x at callsite(y at caller))}, keeping the innermost callee first.
     */
    static Location stack(Location callee, Location caller) {
        List<CallSiteLoc> chain = new ArrayList<>();
        Location last = callee;
        while (last instanceof CallSiteLoc c) {
            chain.add(c);
            last = c.caller();
        }
        Location out = new CallSiteLoc(last, caller);
        for (int i = chain.size() - 1; i >= 0; i--) out = new CallSiteLoc(chain.get(i).callee(), out);
        return out;
    }
}
