package org.jmlir.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jmlir.ir.Block;
import org.jmlir.ir.BlockArgument;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.Parallel;
import org.jmlir.ods.OpAsmHooks;
import org.jmlir.ods.Trait;

/**
 * Chooses the printed names of values and blocks the way mlir-opt does, so that our output matches it byte for
 * byte. Regions are numbered from a LIFO worklist; each region first names its own block arguments (entry block
 * arguments {@code %argN}, others numbered) and op results, then queues the regions nested in its ops. In the custom
 * form a queued region starts from the counters as they were when it was queued (so sibling regions reuse numbers)
 * and name hints ({@code %c0_i32}, {@code %cst}) are used, uniqued with a {@code _N} suffix; in the generic form the
 * counters simply run on.
 */
final class SsaNamer {
    /** A value's printed name without the {@code %}, and for multi-result ops the result count of its group. */
    private final Map<Value, String> names = new IdentityHashMap<>();
    private final Map<Block, String> blockNames = new IdentityHashMap<>();
    private final Map<Block, Integer> blockOrder = new IdentityHashMap<>();
    private final Map<Operation, int[]> groupStarts = new IdentityHashMap<>();

    /** A chain of sets of used names, mirroring MLIR's scoped hash table. */
    private static final class Scope {
        final Scope parent;
        final Set<String> used = new HashSet<>();

        Scope(Scope parent) { this.parent = parent; }

        boolean contains(String n) {
            for (Scope s = this; s != null; s = s.parent) if (s.used.contains(n)) return true;
            return false;
        }
    }

    private record Frame(Region region, int nextValue, int nextArg, int nextConflict, Scope scope) {
    }

    private final boolean generic;
    private int nextValue;
    private int nextArg;
    private int nextConflict;
    private Scope scope;

    /** Where the names of values outside this namer's ops are found (a namer of one isolated op), or null. */
    private final SsaNamer parent;
    /** Namers of isolated ops named on their own (in parallel), by op; null when everything is named here. */
    private Map<Operation, SsaNamer> isolatedNamers;

    SsaNamer(Operation root, boolean generic) { this(root, generic, false); }

    /**
     * Names everything under {@code root}. With {@code parallel} (custom form only), the regions of isolated ops
     * are named by namers of their own on the shared pool: in the custom form a region starts from the counters
     * and scope it was queued with, so an isolated op's names do not depend on its siblings' and the result is
     * the serial one.
     */
    SsaNamer(Operation root, boolean generic, boolean parallel) {
        this.generic = generic;
        this.parent = null;
        boolean defer = parallel && !generic;
        List<Frame> deferred = new ArrayList<>();
        List<Operation> deferredOps = new ArrayList<>();
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        scope = new Scope(null);
        nameResults(root);
        for (Region r : root.regions()) stack.push(new Frame(r, nextValue, nextArg, nextConflict, scope));
        numberFrames(stack, defer ? deferredOps : null, deferred);
        if (deferredOps.isEmpty()) return;
        SsaNamer[] subs = new SsaNamer[deferredOps.size()];
        Parallel.forEach(true, subs.length, i -> subs[i] = new SsaNamer(this, deferredOps.get(i), deferred.get(i)));
        isolatedNamers = new IdentityHashMap<>();
        for (int i = 0; i < subs.length; i++) isolatedNamers.put(deferredOps.get(i), subs[i]);
    }

    /** Names the regions of {@code op} starting from the state {@code at} they were queued with. */
    private SsaNamer(SsaNamer parent, Operation op, Frame at) {
        this.generic = false;
        this.parent = parent;
        ArrayDeque<Frame> stack = new ArrayDeque<>();
        for (Region r : op.regions()) stack.push(new Frame(r, at.nextValue, at.nextArg, at.nextConflict, at.scope));
        numberFrames(stack, null, null);
    }

    /**
     * Numbers the queued regions, LIFO, queueing the regions of their ops in turn. With {@code deferredOps}, an
     * isolated op's regions are not queued: the op and the state its regions would start from are recorded instead.
     */
    private void numberFrames(ArrayDeque<Frame> stack, List<Operation> deferredOps, List<Frame> deferred) {
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            if (!generic) {
                nextValue = f.nextValue;
                nextArg = f.nextArg;
                nextConflict = f.nextConflict;
            }
            scope = new Scope(f.scope);
            numberRegion(f.region);
            for (Block b : f.region.blocks()) {
                for (Operation o : b) {
                    if (deferredOps != null && o.numRegions() != 0 && o.hasTrait(Trait.ISOLATED_FROM_ABOVE)) {
                        deferredOps.add(o);
                        deferred.add(new Frame(null, nextValue, nextArg, nextConflict, scope));
                        continue;
                    }
                    for (Region r : o.regions()) stack.push(new Frame(r, nextValue, nextArg, nextConflict, scope));
                }
            }
        }
    }

    /** The namer to print {@code op} with: its own when it was named on its own, else null. */
    SsaNamer forIsolated(Operation op) { return isolatedNamers == null ? null : isolatedNamers.get(op); }

    String name(Value v) {
        String n = names.get(v);
        return n != null || parent == null ? n : parent.name(v);
    }

    String blockName(Block b) {
        String n = blockNames.get(b);
        return n != null || parent == null ? n : parent.blockName(b);
    }

    /** Position of a block in its region, for ordering predecessor lists. */
    int blockIndex(Block b) {
        Integer i = blockOrder.get(b);
        return i != null ? i : parent != null ? parent.blockIndex(b) : Integer.MAX_VALUE;
    }

    private void numberRegion(Region region) {
        int blockId = 0;
        Operation parent = region.parentOp();
        OpAsmHooks hooks = !generic && parent != null && parent.isRegistered()
            ? parent.definition().getInterface(OpAsmHooks.class) : null;
        if (hooks != null) hooks.blockArgumentNames(parent, region, this::setHint);
        for (Block b : region.blocks()) {
            blockOrder.put(b, blockId);
            blockNames.put(b, "bb" + blockId++);
            boolean entry = b.isEntryBlock();
            for (BlockArgument a : b.arguments()) {
                if (names.containsKey(a)) continue;
                if (entry) setHint(a, "arg" + nextArg++);
                else names.put(a, Integer.toString(nextValue++));
            }
            for (Operation op : b) nameResults(op);
        }
    }

    private void nameResults(Operation op) {
        if (op.numResults() == 0) return;
        if (!generic && op.isRegistered()) {
            OpAsmHooks hooks = op.definition().getInterface(OpAsmHooks.class);
            if (hooks != null) hooks.resultNames(op, this::setHint);
        }
        Value first = op.result(0);
        if (!names.containsKey(first)) names.put(first, Integer.toString(nextValue++));
        // Results named on their own start a new result group: `%sum, %overflow = ...`.
        int groups = 0;
        for (int i = 1; i < op.numResults(); i++) if (names.containsKey(op.result(i))) groups++;
        if (groups == 0) return;
        int[] starts = new int[groups + 1];
        int k = 1;
        for (int i = 1; i < op.numResults(); i++) if (names.containsKey(op.result(i))) starts[k++] = i;
        groupStarts.put(op, starts);
    }

    /** Start indices of the op's result groups ({0} unless results were named separately). */
    int[] resultGroups(Operation op) {
        if (op.numResults() < 2) return SINGLE_GROUP;
        int[] g = groupStarts.isEmpty() ? null : groupStarts.get(op);
        return g != null ? g : parent != null ? parent.resultGroups(op) : SINGLE_GROUP;
    }

    private static final int[] SINGLE_GROUP = {0};

    /** Records a suggested name, sanitized and made unique in the current scope. */
    private void setHint(Value v, String hint) {
        if (hint == null || hint.isEmpty()) return;
        String n = sanitize(hint);
        if (scope.contains(n) || isNumber(n)) {
            String probe;
            do {
                probe = n + "_" + nextConflict++;
            } while (scope.contains(probe));
            n = probe;
        }
        scope.used.add(n);
        names.put(v, n);
    }

    private static boolean isNumber(String s) {
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return !s.isEmpty();
    }

    /** Replaces characters that cannot appear in an SSA name by {@code _}, as MLIR's printer does. */
    private static String sanitize(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '$' || c == '.' || c == '-';
            if (!ok) {
                if (b == null) b = new StringBuilder(s.substring(0, i));
                b.append('_');
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
