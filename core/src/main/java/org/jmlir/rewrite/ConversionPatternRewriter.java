package org.jmlir.rewrite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jmlir.builtin.BuiltinDialect;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.BlockOperand;
import org.jmlir.ir.Builder;
import org.jmlir.ir.Context;
import org.jmlir.ir.OpOperand;
import org.jmlir.ir.OpResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.DictionaryAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;

/**
 * The rewriter of a dialect conversion (MLIR's ConversionPatternRewriter). Every change is journaled so that a
 * failed pattern, or a failed conversion, is undone exactly. Replaced and erased ops stay in place until the
 * conversion commits: their results map to the replacement values, and later patterns see those (through
 * {@link #getRemappedValue}). Where a value's type does not fit, an {@code builtin.unrealized_conversion_cast} is
 * inserted; at commit each one still used is handed to its type converter's materializations, and stays a cast
 * when the pattern had no type converter.
 */
public final class ConversionPatternRewriter extends PatternRewriter {
    /** One journaled change. */
    @FunctionalInterface
    private interface Change {
        void undo();
    }

    /** A cast the driver inserted, to be materialized by {@code converter} at commit (source or target kind). */
    private record Materialization(Operation cast, boolean source, TypeConverter converter) {}

    private final List<Change> journal = new ArrayList<>();
    private final Map<Value, Value> mapping = new IdentityHashMap<>();
    private final Map<Operation, TypeConverter> replaced = new LinkedHashMap<>();
    private final Map<Operation, List<Value>> replacements = new IdentityHashMap<>();
    private final List<Operation> createdOps = new ArrayList<>();
    private final List<Operation> modifiedOps = new ArrayList<>();
    private final List<Block> erasedBlocks = new ArrayList<>();
    private final List<Materialization> materializations = new ArrayList<>();
    private final Set<Operation> recursivelyLegal = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Operation> roots = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean moving;
    TypeConverter currentConverter;

    ConversionPatternRewriter(Context context, List<Operation> roots) {
        super(context);
        this.roots.addAll(roots);
    }

    // ---- journal

    int state() { return journal.size(); }

    /** Undoes every change made after {@code state}, newest first. */
    void resetState(int state) {
        while (journal.size() > state) journal.removeLast().undo();
    }

    private <T> void addUndoable(List<T> list, T item) {
        list.add(item);
        journal.add(() -> list.remove(list.size() - 1));
    }

    List<Operation> createdOpsSince(int createdMark) { return createdOps.subList(createdMark, createdOps.size()); }

    int createdCount() { return createdOps.size(); }

    int modifiedCount() { return modifiedOps.size(); }

    List<Operation> modifiedOpsSince(int mark) { return modifiedOps.subList(mark, modifiedOps.size()); }

    void markRecursivelyLegal(Operation op) {
        if (recursivelyLegal.add(op)) journal.add(() -> recursivelyLegal.remove(op));
    }

    boolean isMaterialization(Operation op) {
        for (Materialization m : materializations) if (m.cast() == op) return true;
        return false;
    }

    /** Whether {@code op} is replaced, erased, detached, or inside such an op or a recursively legal op. */
    public boolean isIgnored(Operation op) {
        for (Operation cur = op; cur != null; cur = cur.parentOp()) {
            if (replaced.containsKey(cur)) return true;
            if (cur != op && recursivelyLegal.contains(cur)) return true;
            Block b = cur.block();
            if (b == null) return !roots.contains(cur);
            if (b.parent() == null) return true;
        }
        return false;
    }

    // ---- values

    /** The value {@code v} stands for now: the end of its replacement chain. */
    public Value getRemappedValue(Value v) {
        Value cur = v;
        for (int guard = 0; guard < 10_000; guard++) {
            Value next = mapping.get(cur);
            if (next == null) return cur;
            cur = next;
        }
        throw new IllegalStateException("cyclic value mapping");
    }

    private void map(Value from, Value to) {
        Value old = mapping.put(from, to);
        journal.add(() -> {
            if (old == null) mapping.remove(from);
            else mapping.put(from, old);
        });
    }

    /**
     * {@code op}'s operands as a conversion pattern with {@code converter} sees them: replaced values followed to
     * their replacements, then brought to the converted type with a target materialization where it differs.
     * Null when an operand type cannot be converted.
     */
    List<Value> remapOperands(Operation op, TypeConverter converter) {
        List<Value> out = new ArrayList<>(op.numOperands());
        for (Value v : op.operands()) {
            Value cur = getRemappedValue(v);
            if (converter == null) {
                out.add(cur);
                continue;
            }
            Type desired = converter.convertType(v.type());
            if (desired == null) return null;
            if (cur.type().equals(desired)) {
                out.add(cur);
                continue;
            }
            out.add(insertCast(cur, desired, false, converter, op));
        }
        return out;
    }

    /** An unrealized cast of {@code input} to {@code type} right before {@code before}, to materialize at commit. */
    private Value insertCast(Value input, Type type, boolean source, TypeConverter converter, Operation before) {
        InsertionPoint saved = saveInsertionPoint();
        try {
            setInsertionPoint(before);
            Operation cast = create(BuiltinDialect.UNREALIZED_CONVERSION_CAST.name(), before.location(),
                List.of(input), List.of(type));
            addUndoable(materializations, new Materialization(cast, source, converter));
            return cast.result(0);
        } finally {
            restoreInsertionPoint(saved);
        }
    }

    // ---- creation and movement

    @Override protected void onOperationInserted(Operation op) {
        if (moving) return;
        addUndoable(createdOps, op);
        journal.add(() -> {
            op.dropAllReferences();
            if (op.block() != null) op.remove();
        });
        super.onOperationInserted(op);
    }

    @Override protected void onBlockInserted(Block block) {
        journal.add(() -> {
            if (block.parent() != null) block.parent().removeBlock(block);
        });
        super.onBlockInserted(block);
    }

    /** Moves {@code op} before {@code anchor} in anchor's block (null anchor: to the end of {@code block}). */
    private void moveOp(Operation op, Block block, Operation anchor) {
        Block oldBlock = op.block();
        Operation oldNext = op.next();
        moving = true;
        try {
            op.remove();
            if (anchor == null) block.append(op);
            else block.insertBefore(anchor, op);
        } finally {
            moving = false;
        }
        journal.add(() -> {
            op.remove();
            if (oldNext == null) oldBlock.append(op);
            else oldBlock.insertBefore(oldNext, op);
        });
    }

    @Override public void moveOpBefore(Operation op, Operation anchor) { moveOp(op, anchor.block(), anchor); }

    @Override public void moveOpAfter(Operation op, Operation anchor) { moveOp(op, anchor.block(), anchor.next()); }

    private void detachBlock(Block block) {
        Region region = block.parent();
        int index = region.indexOf(block);
        region.removeBlock(block);
        addUndoable(erasedBlocks, block);
        journal.add(() -> region.insertBlock(index, block));
    }

    private void moveBlock(Block block, Region dest, int index) {
        Region from = block.parent();
        int oldIndex = from.indexOf(block);
        from.removeBlock(block);
        dest.insertBlock(index, block);
        journal.add(() -> {
            dest.removeBlock(block);
            from.insertBlock(oldIndex, block);
        });
    }

    @Override public void inlineRegionBefore(Region region, Region parent, int index) {
        for (Block b : new ArrayList<>(region.blocks())) moveBlock(b, parent, index++);
    }

    @Override public Block splitBlock(Block block, Operation before) {
        Block tail = new Block();
        Region r = block.parent();
        r.insertBlock(r.indexOf(block) + 1, tail);
        onBlockInserted(tail);
        for (Operation op = before; op != null; ) {
            Operation next = op.next();
            moveOp(op, tail, null);
            op = next;
        }
        return tail;
    }

    @Override public void mergeBlocks(Block source, Block dest, List<? extends Value> argValues) {
        replaceBlockArguments(source, argValues);
        for (Operation op = source.firstOp(); op != null; ) {
            Operation next = op.next();
            moveOp(op, dest, null);
            op = next;
        }
        detachBlock(source);
    }

    @Override public void inlineBlockBefore(Block source, Operation before, List<? extends Value> argValues) {
        replaceBlockArguments(source, argValues);
        for (Operation op = source.firstOp(); op != null; ) {
            Operation next = op.next();
            moveOp(op, before.block(), before);
            op = next;
        }
        detachBlock(source);
    }

    private void replaceBlockArguments(Block source, List<? extends Value> argValues) {
        if (argValues.size() != source.numArguments()) {
            throw new IllegalArgumentException("block has " + source.numArguments() + " arguments, given "
                + argValues.size() + " values");
        }
        for (int i = 0; i < argValues.size(); i++) replaceAllUsesWith(source.argument(i), argValues.get(i));
    }

    // ---- replacing, erasing, modifying

    @Override public void replaceOp(Operation op, List<? extends Value> replacement) {
        if (replacement.size() != op.numResults()) {
            throw new IllegalArgumentException("replacing '" + op.name() + "' with " + op.numResults()
                + " results by " + replacement.size() + " values");
        }
        if (listener() != null) listener().operationReplaced(op, replacement);
        for (int i = 0; i < op.numResults(); i++) if (replacement.get(i) != null) map(op.result(i), replacement.get(i));
        markReplaced(op, new ArrayList<>(replacement));
    }

    @Override public void eraseOp(Operation op) {
        if (listener() != null) listener().operationErased(op);
        markReplaced(op, null);
    }

    private void markReplaced(Operation op, List<Value> values) {
        replaced.put(op, currentConverter);
        if (values != null) replacements.put(op, values);
        journal.add(() -> {
            replaced.remove(op);
            replacements.remove(op);
        });
    }

    @Override public void eraseBlock(Block block) {
        if (listener() != null) listener().blockErased(block);
        detachBlock(block);
    }

    @Override public void modifyOpInPlace(Operation op, Runnable change) {
        List<Value> operands = new ArrayList<>(op.operands());
        List<Block> successors = new ArrayList<>(op.successors());
        DictionaryAttr attributes = op.attributes();
        DictionaryAttr properties = op.properties();
        Location location = op.location();
        change.run();
        addUndoable(modifiedOps, op);
        journal.add(() -> {
            op.setOperands(operands);
            for (int i = 0; i < successors.size() && i < op.numSuccessors(); i++) op.setSuccessor(i, successors.get(i));
            op.setAttributes(attributes);
            op.setProperties(properties);
            op.setLocation(location);
        });
        if (listener() != null) listener().operationModified(op);
    }

    @Override public void replaceUsesWithIf(Value from, Value to, Predicate<OpOperand> filter) {
        if (from == to) return;
        List<OpOperand> uses = new ArrayList<>();
        for (OpOperand u : from.uses()) if (filter.test(u)) uses.add(u);
        for (OpOperand u : uses) {
            u.set(to);
            journal.add(() -> u.set(from));
        }
        if (listener() != null) for (OpOperand u : uses) listener().operationModified(u.owner());
    }

    // ---- block signatures

    /**
     * Converts {@code block}'s arguments as {@code conversion} says: a new block with the converted argument types
     * takes the old one's place, ops and predecessors; uses of an old argument whose type changed go through a
     * source materialization. Returns the new block.
     */
    public Block applySignatureConversion(Block block, TypeConverter.SignatureConversion conversion,
                                          TypeConverter converter) {
        Region region = block.parent();
        Block newBlock = new Block();
        Location loc = block.parentOp() != null ? block.parentOp().location()
            : org.jmlir.ir.attr.UnknownLoc.INSTANCE;
        for (Type t : conversion.convertedTypes()) newBlock.addArgument(t, loc);
        region.insertBlock(region.indexOf(block), newBlock);
        onBlockInserted(newBlock);
        for (Operation op = block.firstOp(); op != null; ) {
            Operation next = op.next();
            moveOp(op, newBlock, null);
            op = next;
        }
        List<BlockOperand> preds = new ArrayList<>();
        for (BlockOperand u = block.firstUse(); u != null; u = u.nextUse()) preds.add(u);
        for (BlockOperand u : preds) {
            u.set(newBlock);
            journal.add(() -> u.set(block));
        }
        TypeConverter saved = currentConverter;
        currentConverter = converter;
        try {
            for (int i = 0; i < block.numArguments(); i++) {
                BlockArgument old = block.argument(i);
                int[] range = conversion.inputRange(i);
                Value replacement;
                if (range == null) {
                    replacement = conversion.replacement(i);
                    if (replacement == null) continue;
                } else if (range[1] == 1 && newBlock.argument(range[0]).type().equals(old.type())) {
                    replacement = newBlock.argument(range[0]);
                } else {
                    List<Value> inputs = new ArrayList<>();
                    for (int k = 0; k < range[1]; k++) inputs.add(newBlock.argument(range[0] + k));
                    replacement = insertSourceCast(inputs, old.type(), newBlock, loc, converter);
                }
                replaceAllUsesWith(old, replacement);
                map(old, replacement);
            }
        } finally {
            currentConverter = saved;
        }
        detachBlock(block);
        return newBlock;
    }

    private Value insertSourceCast(List<Value> inputs, Type type, Block block, Location loc,
                                   TypeConverter converter) {
        InsertionPoint saved = saveInsertionPoint();
        try {
            setInsertionPointToStart(block);
            Operation cast = create(BuiltinDialect.UNREALIZED_CONVERSION_CAST.name(), loc, inputs, List.of(type));
            addUndoable(materializations, new Materialization(cast, true, converter));
            return cast.result(0);
        } finally {
            restoreInsertionPoint(saved);
        }
    }

    /**
     * Converts the argument types of every block of {@code region} with {@code converter}; the entry block with
     * {@code entryConversion} when given. Returns the new entry block, or null when a type cannot be converted
     * (nothing is changed then).
     */
    public Block convertRegionTypes(Region region, TypeConverter converter,
                                    TypeConverter.SignatureConversion entryConversion) {
        if (region.isEmpty()) return null;
        List<TypeConverter.SignatureConversion> conversions = new ArrayList<>();
        List<Block> blocks = new ArrayList<>(region.blocks());
        for (int i = 0; i < blocks.size(); i++) {
            TypeConverter.SignatureConversion c = i == 0 && entryConversion != null ? entryConversion
                : converter.convertBlockSignature(blocks.get(i));
            if (c == null) return null;
            conversions.add(c);
        }
        Block entry = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block nb = applySignatureConversion(blocks.get(i), conversions.get(i), converter);
            if (i == 0) entry = nb;
        }
        return entry;
    }

    // ---- commit

    /**
     * Makes the conversion final: uses of replaced results go to their replacements (through a source cast where
     * the type differs), replaced and erased ops and blocks are destroyed, and casts still used are materialized.
     * Returns false, with an error emitted, when a materialization that a type converter must build fails.
     */
    boolean commit() {
        for (Map.Entry<Operation, TypeConverter> e : replaced.entrySet()) {
            Operation op = e.getKey();
            List<Value> values = replacements.get(op);
            if (values == null) continue;
            for (int i = 0; i < op.numResults(); i++) {
                OpResult r = op.result(i);
                if (!r.hasUses() || values.get(i) == null) continue;
                Value v = getRemappedValue(r);
                if (v == r) continue;
                if (!v.type().equals(r.type())) v = castAfterDefinition(v, r.type(), e.getValue());
                r.replaceAllUsesWith(v);
            }
        }
        List<Operation> dead = new ArrayList<>(replaced.keySet());
        for (Operation op : dead) op.dropAllReferences();
        for (Operation op : dead) {
            if (op.block() != null) op.remove();
            for (Region r : op.regions()) r.dropAllBlocks();
        }
        for (Block b : erasedBlocks) {
            for (Operation op : b) op.dropAllReferences();
        }
        journal.clear();
        return materializeCasts();
    }

    private Value castAfterDefinition(Value v, Type type, TypeConverter converter) {
        Builder b = new Builder(context());
        if (v instanceof OpResult r) b.setInsertionPointAfter(r.owner());
        else b.setInsertionPointToStart(v.parentBlock());
        Location loc = v instanceof OpResult r ? r.owner().location() : ((BlockArgument) v).location();
        Operation cast = b.create(BuiltinDialect.UNREALIZED_CONVERSION_CAST.name(), loc, List.of(v), List.of(type));
        materializations.add(new Materialization(cast, true, converter));
        return cast.result(0);
    }

    private boolean materializeCasts() {
        boolean ok = true;
        for (Materialization m : materializations) {
            Operation cast = m.cast();
            if (cast.block() == null) continue;
            if (!cast.hasUsesOfResults()) {
                cast.erase();
                continue;
            }
            if (m.converter() == null) continue;
            Builder b = new Builder(context());
            b.setInsertionPoint(cast);
            Type type = cast.result(0).type();
            List<Value> inputs = cast.operands();
            Value v = m.source() ? m.converter().materializeSourceConversion(b, cast.location(), type, inputs)
                : m.converter().materializeTargetConversion(b, cast.location(), type, inputs);
            if (v == null) {
                cast.emitError("failed to legalize unresolved materialization from ("
                    + typeList(cast.operandTypes()) + ") to (" + typeList(cast.resultTypes())
                    + ") that remained live after conversion");
                context().diagnostics().flush();
                ok = false;
                continue;
            }
            if (v == cast.result(0)) continue;
            cast.result(0).replaceAllUsesWith(v);
            cast.erase();
        }
        materializations.clear();
        return ok;
    }

    private static String typeList(List<Type> types) {
        StringBuilder sb = new StringBuilder();
        for (Type t : types) sb.append(sb.isEmpty() ? "" : ", ").append('\'').append(t).append('\'');
        return sb.toString();
    }

    /** Undoes every change (a failed conversion). */
    void undoAll() { resetState(0); }
}
