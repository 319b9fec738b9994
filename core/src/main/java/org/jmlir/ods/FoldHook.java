package org.jmlir.ods;

import java.util.List;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;

/**
 * An op's fold hook (MLIR's {@code fold}): tries to compute the op's results from its operands without creating
 * new ops. It must not create or erase ops; it may update {@code op} itself in place.
 */
@FunctionalInterface
public interface FoldHook {
    /** Returned by a hook that updated the op in place (its results stay). */
    List<OpFoldResult> IN_PLACE = List.of();

    /**
     * @param constantOperands one entry per operand: its constant value (the attribute a constant-like defining op
     *                         holds) or null
     * @return null when nothing folds; {@link #IN_PLACE} (compare by identity) when the op was updated in place;
     *         otherwise one {@link org.jmlir.ir.OpFoldResult} per result
     */
    List<OpFoldResult> fold(Operation op, List<Attribute> constantOperands);
}
