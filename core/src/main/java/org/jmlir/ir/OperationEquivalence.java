package org.jmlir.ir;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;
import org.jmlir.ods.Trait;

/**
 * Structural comparison and hashing of operations, as MLIR's OperationEquivalence: two ops are equivalent when they
 * have the same name, discardable attributes, properties, operand values (or values the caller declares
 * equivalent), result types and structurally equivalent regions (blocks pairwise, arguments of the same types,
 * ops pairwise, successors mapped consistently). Operands of Commutative ops compare as multisets. CSE uses it to
 * find redundant ops; rewriters may use it to merge identical blocks.
 */
public final class OperationEquivalence {
    private OperationEquivalence() {}

    /** What a comparison may disregard. */
    public enum Flag {
        /** Locations of ops and block arguments do not matter. */
        IGNORE_LOCATIONS
    }

    public static final Set<Flag> NONE = EnumSet.noneOf(Flag.class);
    public static final Set<Flag> IGNORE_LOCATIONS = EnumSet.of(Flag.IGNORE_LOCATIONS);

    /** Hashes an operand (or result) by identity: equal hashes for the very same value only. */
    public static int directHashValue(Value v) { return System.identityHashCode(v); }

    /** Hashes every operand (or result) alike: for comparisons where values may be mapped. */
    public static int ignoreHashValue(Value v) { return 0; }

    /**
     * A hash consistent with {@link #isEquivalentTo} when {@code hashOperands} hashes equivalent operands alike:
     * name, discardable attributes, properties, result types, the location unless ignored, operands (order-free for
     * Commutative ops) and results. Regions are not hashed.
     */
    public static int computeHash(Operation op, ToIntFunction<Value> hashOperands, ToIntFunction<Value> hashResults,
                                  Set<Flag> flags) {
        int h = op.operationName().hashCode();
        h = 31 * h + op.attributes().hashCode();
        h = 31 * h + op.properties().hashCode();
        for (OpResult r : op.results()) h = 31 * h + r.type().hashCode();
        if (!flags.contains(Flag.IGNORE_LOCATIONS)) h = 31 * h + op.location().hashCode();
        if (op.hasTrait(Trait.COMMUTATIVE)) {
            int sum = 0;
            for (int i = 0; i < op.numOperands(); i++) sum += hashOperands.applyAsInt(op.operand(i));
            h = 31 * h + sum;
        } else {
            for (int i = 0; i < op.numOperands(); i++) h = 31 * h + hashOperands.applyAsInt(op.operand(i));
        }
        for (OpResult r : op.results()) h = 31 * h + hashResults.applyAsInt(r);
        return h;
    }

    /** {@link #computeHash} with operands by identity and results ignored, as CSE hashes. */
    public static int computeHash(Operation op, Set<Flag> flags) {
        return computeHash(op, OperationEquivalence::directHashValue, OperationEquivalence::ignoreHashValue, flags);
    }

    /**
     * Whether {@code lhs} and {@code rhs} are equivalent; values defined inside their regions are matched up as the
     * comparison goes (a use inside lhs of its own block argument must correspond to the same argument in rhs).
     */
    public static boolean isEquivalentTo(Operation lhs, Operation rhs, Set<Flag> flags) {
        ValueMap cache = new ValueMap();
        return isEquivalentTo(lhs, rhs, cache::check, cache::mark, flags);
    }

    /** Whether two regions are structurally equivalent, with values inside them matched up as they are compared. */
    public static boolean isRegionEquivalentTo(Region lhs, Region rhs, Set<Flag> flags) {
        ValueMap cache = new ValueMap();
        return isRegionEquivalentTo(lhs, rhs, cache::check, cache::mark, flags);
    }

    /**
     * The general form: {@code checkEquivalent} decides whether two distinct operand values (of the same type) are
     * equivalent, {@code markEquivalent} (may be null) is told of result and block-argument pairs that are.
     */
    public static boolean isEquivalentTo(Operation lhs, Operation rhs, BiPredicate<Value, Value> checkEquivalent,
                                         BiConsumer<Value, Value> markEquivalent, Set<Flag> flags) {
        if (lhs == rhs) return true;
        if (lhs.operationName() != rhs.operationName()
            || !lhs.attributes().equals(rhs.attributes())
            || lhs.numRegions() != rhs.numRegions()
            || lhs.numSuccessors() != rhs.numSuccessors()
            || lhs.numOperands() != rhs.numOperands()
            || lhs.numResults() != rhs.numResults()
            || !lhs.properties().equals(rhs.properties())) {
            return false;
        }
        if (!flags.contains(Flag.IGNORE_LOCATIONS) && !lhs.location().equals(rhs.location())) return false;
        if (lhs.hasTrait(Trait.COMMUTATIVE)) {
            if (!commutativeOperandsEquivalent(lhs.operands(), rhs.operands(), checkEquivalent)) return false;
        } else {
            for (int i = 0; i < lhs.numOperands(); i++) {
                if (!operandsEquivalent(lhs.operand(i), rhs.operand(i), checkEquivalent)) return false;
            }
        }
        for (int i = 0; i < lhs.numResults(); i++) {
            OpResult l = lhs.result(i), r = rhs.result(i);
            if (!l.type().equals(r.type())) return false;
            if (markEquivalent != null) markEquivalent.accept(l, r);
        }
        for (int i = 0; i < lhs.numRegions(); i++) {
            if (!isRegionEquivalentTo(lhs.region(i), rhs.region(i), checkEquivalent, markEquivalent, flags)) {
                return false;
            }
        }
        return true;
    }

    /** The general form for regions; see {@link #isEquivalentTo(Operation, Operation, BiPredicate, BiConsumer, Set)}. */
    public static boolean isRegionEquivalentTo(Region lhs, Region rhs, BiPredicate<Value, Value> checkEquivalent,
                                               BiConsumer<Value, Value> markEquivalent, Set<Flag> flags) {
        List<Block> lBlocks = lhs.blocks(), rBlocks = rhs.blocks();
        if (lBlocks.size() != rBlocks.size()) return false;
        Map<Block, Block> blocks = new IdentityHashMap<>();
        for (int b = 0; b < lBlocks.size(); b++) {
            Block l = lBlocks.get(b), r = rBlocks.get(b);
            if (l.numArguments() != r.numArguments()) return false;
            if (blocks.computeIfAbsent(l, k -> r) != r) return false;
            for (int i = 0; i < l.numArguments(); i++) {
                BlockArgument la = l.argument(i), ra = r.argument(i);
                if (!la.type().equals(ra.type())) return false;
                if (!flags.contains(Flag.IGNORE_LOCATIONS) && !Objects.equals(la.location(), ra.location())) {
                    return false;
                }
                if (markEquivalent != null) markEquivalent.accept(la, ra);
            }
            if (l.numOperations() != r.numOperations()) return false;
            for (Operation lo = l.firstOp(), ro = r.firstOp(); lo != null; lo = lo.next(), ro = ro.next()) {
                if (!isEquivalentTo(lo, ro, checkEquivalent, markEquivalent, flags)) return false;
                for (int s = 0; s < lo.numSuccessors(); s++) {
                    Block rs = ro.successor(s);
                    if (blocks.computeIfAbsent(lo.successor(s), k -> rs) != rs) return false;
                }
            }
        }
        return true;
    }

    private static boolean operandsEquivalent(Value l, Value r, BiPredicate<Value, Value> checkEquivalent) {
        if (l == r) return true;
        return l.type().equals(r.type()) && checkEquivalent.test(l, r);
    }

    /**
     * Operands of a commutative op match as multisets. MLIR sorts both lists by address and compares pairwise;
     * matching each lhs operand with some unmatched equivalent rhs operand accepts the same pairs of identical
     * values and, for mapped values, does not depend on where objects happen to live.
     */
    private static boolean commutativeOperandsEquivalent(List<Value> lhs, List<Value> rhs,
                                                         BiPredicate<Value, Value> checkEquivalent) {
        List<Value> unmatched = new ArrayList<>(rhs);
        outer:
        for (Value l : lhs) {
            for (int j = 0; j < unmatched.size(); j++) {
                if (unmatched.get(j) == l) {
                    unmatched.remove(j);
                    continue outer;
                }
            }
            for (int j = 0; j < unmatched.size(); j++) {
                if (operandsEquivalent(l, unmatched.get(j), checkEquivalent)) {
                    unmatched.remove(j);
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /** Values found equivalent so far in one comparison (MLIR's ValueEquivalenceCache). */
    private static final class ValueMap {
        private final Map<Value, Value> equivalent = new IdentityHashMap<>();

        boolean check(Value l, Value r) { return l == r || equivalent.get(l) == r; }

        void mark(Value l, Value r) { equivalent.putIfAbsent(l, r); }
    }
}
