package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.Builder;
import org.jmlir.ir.Context;
import org.jmlir.ir.OpOperand;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.Walker;
import org.jmlir.ir.WalkResult;
import org.jmlir.ir.attr.Location;

/**
 * The builder through which patterns change IR (MLIR's PatternRewriter/RewriterBase). Every change goes through a
 * method here so that a {@link Listener} (a driver's worklist, a conversion's bookkeeping) hears of it.
 */
public class PatternRewriter extends Builder {
    /** Hears of every change made through a rewriter. All methods default to doing nothing. */
    public interface Listener {
        default void operationInserted(Operation op) {}

        default void blockInserted(Block block) {}

        /** {@code op} was changed in place (operands, attributes, successors, regions' contents). */
        default void operationModified(Operation op) {}

        /** {@code op}'s results are about to be replaced by {@code replacement} (then it is erased). */
        default void operationReplaced(Operation op, List<? extends Value> replacement) {}

        /** {@code op} is about to be erased; nested ops were reported first. */
        default void operationErased(Operation op) {}

        default void blockErased(Block block) {}

        default void matchFailure(Location location, String reason) {}
    }

    private Listener listener;

    public PatternRewriter(Context context) { this(context, null); }

    public PatternRewriter(Context context, Listener listener) {
        super(context);
        this.listener = listener;
    }

    public Listener listener() { return listener; }

    public void setListener(Listener l) { listener = l; }

    @Override protected void onOperationInserted(Operation op) {
        if (listener != null) listener.operationInserted(op);
    }

    @Override protected void onBlockInserted(Block block) {
        if (listener != null) listener.blockInserted(block);
    }

    // ---- replacing and erasing

    /** Replaces every result of {@code op} by the matching value and erases {@code op}. */
    public void replaceOp(Operation op, List<? extends Value> replacement) {
        if (replacement.size() != op.numResults()) {
            throw new IllegalArgumentException("replacing '" + op.name() + "' with " + op.numResults()
                + " results by " + replacement.size() + " values");
        }
        if (listener != null) listener.operationReplaced(op, replacement);
        for (int i = 0; i < op.numResults(); i++) replaceAllUsesWith(op.result(i), replacement.get(i));
        eraseOp(op);
    }

    /** Replaces {@code op} by {@code newOp}, result for result, and erases {@code op}. */
    public void replaceOp(Operation op, Operation newOp) { replaceOp(op, newOp.results()); }

    /** Erases {@code op}, whose results must be unused; nested ops are reported erased first, innermost first. */
    public void eraseOp(Operation op) {
        if (listener != null) {
            Listener l = listener;
            Walker.walk(op, Walker.Order.POST, nested -> {
                if (nested != op) l.operationErased(nested);
                return WalkResult.ADVANCE;
            });
            l.operationErased(op);
        }
        op.erase();
    }

    /** Erases a block with all its ops; it must have no predecessors left and its arguments no uses. */
    public void eraseBlock(Block block) {
        for (Operation op = block.lastOp(); op != null; ) {
            Operation prev = op.prev();
            op.dropAllReferences();
            op = prev;
        }
        for (Operation op = block.lastOp(); op != null; ) {
            Operation prev = op.prev();
            if (listener != null) {
                Listener l = listener;
                Operation top = op;
                Walker.walk(op, Walker.Order.POST, n -> {
                    if (n != top) l.operationErased(n);
                    return WalkResult.ADVANCE;
                });
                l.operationErased(op);
            }
            op.remove();
            for (Region r : op.regions()) r.dropAllBlocks();
            op = prev;
        }
        if (listener != null) listener.blockErased(block);
        if (block.parent() != null) block.parent().removeBlock(block);
    }

    // ---- in-place changes

    /** Runs {@code change} on {@code op} and reports it modified. */
    public void modifyOpInPlace(Operation op, Runnable change) {
        change.run();
        if (listener != null) listener.operationModified(op);
    }

    /** Replaces every use of {@code from} by {@code to}, reporting each user modified. */
    public void replaceAllUsesWith(Value from, Value to) {
        replaceUsesWithIf(from, to, u -> true);
    }

    /** Replaces the uses of {@code from} that {@code filter} accepts by {@code to}. */
    public void replaceUsesWithIf(Value from, Value to, Predicate<OpOperand> filter) {
        if (from == to) return;
        List<Operation> users = new ArrayList<>();
        for (OpOperand u : from.uses()) {
            if (!filter.test(u)) continue;
            users.add(u.owner());
            u.set(to);
        }
        if (listener != null) for (Operation user : users) listener.operationModified(user);
    }

    // ---- moving blocks and ops

    /**
     * Moves the ops of {@code source} before {@code before} (in another block), replacing the source's arguments by
     * {@code argValues}, then erases the now empty source block.
     */
    public void inlineBlockBefore(Block source, Operation before, List<? extends Value> argValues) {
        replaceArguments(source, argValues);
        Block dest = before.block();
        for (Operation op = source.firstOp(); op != null; ) {
            Operation next = op.next();
            op.remove();
            dest.insertBefore(before, op);
            onOperationInserted(op);
            op = next;
        }
        if (source.parent() != null) source.parent().removeBlock(source);
    }

    /** Appends the ops of {@code source} to {@code dest}, replacing its arguments by {@code argValues}; erases it. */
    public void mergeBlocks(Block source, Block dest, List<? extends Value> argValues) {
        replaceArguments(source, argValues);
        for (Operation op = source.firstOp(); op != null; ) {
            Operation next = op.next();
            op.remove();
            dest.append(op);
            onOperationInserted(op);
            op = next;
        }
        if (source.parent() != null) source.parent().removeBlock(source);
    }

    private void replaceArguments(Block source, List<? extends Value> argValues) {
        if (argValues.size() != source.numArguments()) {
            throw new IllegalArgumentException("block has " + source.numArguments() + " arguments, given "
                + argValues.size() + " values");
        }
        for (int i = 0; i < argValues.size(); i++) {
            BlockArgument a = source.argument(i);
            replaceAllUsesWith(a, argValues.get(i));
        }
    }

    /** Splits {@code block} before {@code before}: the ops from {@code before} on move to a new block after it. */
    public Block splitBlock(Block block, Operation before) {
        Block tail = new Block();
        Region r = block.parent();
        r.insertBlock(r.indexOf(block) + 1, tail);
        for (Operation op = before; op != null; ) {
            Operation next = op.next();
            op.remove();
            tail.append(op);
            op = next;
        }
        if (listener != null) listener.blockInserted(tail);
        return tail;
    }

    /** Moves all blocks of {@code region} into {@code parent} at block index {@code index}. */
    public void inlineRegionBefore(Region region, Region parent, int index) {
        List<Block> blocks = new ArrayList<>(region.blocks());
        for (Block b : blocks) {
            region.removeBlock(b);
            parent.insertBlock(index++, b);
            if (listener != null) listener.blockInserted(b);
        }
    }

    /** Moves {@code op} right before {@code anchor}. */
    public void moveOpBefore(Operation op, Operation anchor) {
        op.moveBefore(anchor);
        onOperationInserted(op);
    }

    public void moveOpAfter(Operation op, Operation anchor) {
        op.moveAfter(anchor);
        onOperationInserted(op);
    }

    /** Records why a pattern did not apply (for debugging output); returns false for {@code return} chaining. */
    public boolean notifyMatchFailure(Location location, String reason) {
        if (listener != null) listener.matchFailure(location, reason);
        return false;
    }
}
