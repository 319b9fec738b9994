package org.jmlir.ir;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;

/**
 * An SSA value: the result of an operation or an argument of a block. Its uses form an intrusive doubly linked list
 * of {@link OpOperand}s, so adding or dropping a use is O(1) and {@link #replaceAllUsesWith} walks only the uses.
 */
public sealed interface Value permits OpResult, BlockArgument {
    Type type();

    void setType(Type type);

    /** The head of the use list, or null when unused. */
    OpOperand firstUse();

    /** The operation that defines this value, or null for a block argument. */
    Operation definingOp();

    /** The block the value is defined in (the block of its defining op, or the argument's block). */
    Block parentBlock();

    Location location();

    default boolean hasUses() { return firstUse() != null; }

    default boolean hasOneUse() { return firstUse() != null && firstUse().nextUse() == null; }

    default Region parentRegion() {
        Block b = parentBlock();
        return b == null ? null : b.parent();
    }

    /** The uses, in list order (most recent first). Safe against removal of the current use. */
    default Iterable<OpOperand> uses() {
        return () -> new Iterator<>() {
            OpOperand next = firstUse();

            public boolean hasNext() { return next != null; }

            public OpOperand next() {
                if (next == null) throw new NoSuchElementException();
                OpOperand cur = next;
                next = cur.nextUse();
                return cur;
            }
        };
    }

    default List<Operation> users() {
        List<Operation> out = new ArrayList<>();
        for (OpOperand u : uses()) out.add(u.owner());
        return out;
    }

    /** Makes every use of this value use {@code replacement} instead. */
    /** Unlinks every use: the using operands are left null (MLIR's dropAllUses), for IR about to be erased. */
    default void dropAllUses() {
        while (firstUse() != null) firstUse().drop();
    }

    default void replaceAllUsesWith(Value replacement) {
        if (replacement == this) return;
        OpOperand u = firstUse();
        while (u != null) {
            OpOperand next = u.nextUse();
            u.set(replacement);
            u = next;
        }
    }
}
