package org.jmlir.dialect.arith;

import static org.jmlir.dialect.arith.ConstAttrs.bits;
import static org.jmlir.dialect.arith.ConstAttrs.element;
import static org.jmlir.dialect.arith.ConstAttrs.intWidth;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;
import org.jmlir.rewrite.Folding;
import org.jmlir.rewrite.PatternRewriter;
import org.jmlir.rewrite.RewritePattern;

/**
 * arith's canonicalization patterns (upstream's ArithCanonicalization.td and the C++ patterns of ArithOps.cpp):
 * constant reassociation of addi/subi/muli, inverted comparisons, select simplifications, cast chains.
 */
public final class ArithPatterns {
    private ArithPatterns() {}

    private static final Map<String, List<RewritePattern>> PATTERNS = new HashMap<>();

    /** The canonicalization patterns of arith op {@code name}, or an empty list. */
    public static List<RewritePattern> forOp(String name) { return PATTERNS.getOrDefault(name, List.of()); }

    /**
     * Registers a pattern. New ops go right before the matched op, as MLIR's PatternApplicator sets the insertion
     * point before each pattern; done here too so that any driver gives the same IR.
     */
    private static void add(String debugName, String root, RewritePattern.Body body) {
        PATTERNS.computeIfAbsent(root, k -> new ArrayList<>()).add(RewritePattern.of(debugName, root, (op, r) -> {
            r.setInsertionPoint(op);
            return body.matchAndRewrite(op, r);
        }));
    }

    // ---- matching helpers

    static Operation definedBy(Value v, String name) { return ArithFolders.definedBy(v, name); }

    /** A scalar integer constant (upstream's ConstantLikeMatcher APIntAttr), or null. */
    static IntegerAttr intConst(Value v) {
        return Folding.constantValue(v) instanceof IntegerAttr i ? i : null;
    }

    static Value constant(PatternRewriter r, Location loc, Attribute value, Type type) {
        return r.create("arith.constant", loc, List.of(), List.of(type), "value", value).result(0);
    }

    static Operation create(PatternRewriter r, String name, Location loc, List<Value> operands, Type type,
                            Object... attrs) {
        return r.create(name, loc, operands, List.of(type), attrs);
    }

    static int flags(Operation op) {
        return op.attr("overflowFlags") instanceof OverflowAttr o ? o.flags() : 0;
    }

    /** MergeOverflow: only the flags both ops carry survive. */
    static Object[] mergedFlags(PatternRewriter r, Operation a, Operation b) {
        int f = flags(a) & flags(b);
        return new Object[] {"overflowFlags", r.context().intern(new OverflowAttr(f))};
    }

    static IntegerAttr combine(IntegerAttr a, IntegerAttr b, IntSemantics.Op op) {
        int w = intWidth(a.type());
        return ConstAttrs.intAttr(a.type(), op.apply(bits(a), bits(b), w));
    }

    /** Replaces {@code root} by a new {@code name}(x, y) without overflow flags. */
    private static boolean rebuildPlain(PatternRewriter r, Operation root, String name, Value lhs, Value rhs) {
        r.replaceOp(root, r.create(name, root.location(), List.of(lhs, rhs), List.of(root.result(0).type())));
        return true;
    }

    /** Replaces {@code root} by a new {@code name}(x, y) with merged flags and a fresh constant operand. */
    private static boolean rebuild(PatternRewriter r, Operation root, Operation inner, String name, Value lhs,
                                   Value rhs) {
        Operation n = r.create(name, root.location(), List.of(lhs, rhs), List.of(root.result(0).type()),
            mergedFlags(r, root, inner));
        r.replaceOp(root, n);
        return true;
    }

    static {
        // addi(addi(x, c0), c1) -> addi(x, c0 + c1)
        add("AddIAddConstant", "arith.addi", (op, r) -> {
            Operation inner = definedBy(op.operand(0), "arith.addi");
            IntegerAttr c1 = intConst(op.operand(1));
            if (inner == null || c1 == null) return false;
            IntegerAttr c0 = intConst(inner.operand(1));
            if (c0 == null) return false;
            Value k = constant(r, op.location(), combine(c0, c1, IntSemantics.ADD), op.result(0).type());
            return rebuild(r, op, inner, "arith.addi", inner.operand(0), k);
        });
        // addi(subi(x, c0), c1) -> addi(x, c1 - c0)
        add("AddISubConstantRHS", "arith.addi", (op, r) -> {
            Operation inner = definedBy(op.operand(0), "arith.subi");
            IntegerAttr c1 = intConst(op.operand(1));
            if (inner == null || c1 == null) return false;
            IntegerAttr c0 = intConst(inner.operand(1));
            if (c0 == null) return false;
            Value k = constant(r, op.location(), combine(c1, c0, IntSemantics.SUB), op.result(0).type());
            return rebuild(r, op, inner, "arith.addi", inner.operand(0), k);
        });
        // addi(subi(c0, x), c1) -> subi(c0 + c1, x)
        add("AddISubConstantLHS", "arith.addi", (op, r) -> {
            Operation inner = definedBy(op.operand(0), "arith.subi");
            IntegerAttr c1 = intConst(op.operand(1));
            if (inner == null || c1 == null) return false;
            IntegerAttr c0 = intConst(inner.operand(0));
            if (c0 == null) return false;
            Value k = constant(r, op.location(), combine(c0, c1, IntSemantics.ADD), op.result(0).type());
            return rebuild(r, op, inner, "arith.subi", k, inner.operand(1));
        });
        // addi(x, muli(y, -1)) -> subi(x, y) ; addi(muli(x, -1), y) -> subi(y, x)
        add("AddIMulNegativeOneRhs", "arith.addi", (op, r) -> {
            Operation mul = definedBy(op.operand(1), "arith.muli");
            if (mul == null || !isMinusOne(mul.operand(1))) return false;
            return rebuildPlain(r, op, "arith.subi", op.operand(0), mul.operand(0));
        });
        add("AddIMulNegativeOneLhs", "arith.addi", (op, r) -> {
            Operation mul = definedBy(op.operand(0), "arith.muli");
            if (mul == null || !isMinusOne(mul.operand(1))) return false;
            return rebuildPlain(r, op, "arith.subi", op.operand(1), mul.operand(0));
        });
        // muli(muli(x, c0), c1) -> muli(x, c0 * c1)
        add("MulIMulIConstant", "arith.muli", (op, r) -> {
            Operation inner = definedBy(op.operand(0), "arith.muli");
            IntegerAttr c1 = intConst(op.operand(1));
            if (inner == null || c1 == null) return false;
            IntegerAttr c0 = intConst(inner.operand(1));
            if (c0 == null) return false;
            Value k = constant(r, op.location(), combine(c0, c1, IntSemantics.MUL), op.result(0).type());
            return rebuild(r, op, inner, "arith.muli", inner.operand(0), k);
        });
        subPatterns();
        ArithSelectCastPatterns.register(ArithPatterns::add);
        PATTERNS.computeIfAbsent("arith.cmpf", k -> new ArrayList<>()).add(new CmpFIntToFPConst());
    }

    private static boolean isMinusOne(Value v) {
        return ConstAttrs.isAllOnes(Folding.constantValue(v));
    }

    private static void subPatterns() {
        // subi(addi(x, c0), c1) -> addi(x, c0 - c1)
        add("SubIRHSAddConstant", "arith.subi", (op, r) -> {
            Operation inner = definedBy(op.operand(0), "arith.addi");
            IntegerAttr c1 = intConst(op.operand(1));
            if (inner == null || c1 == null) return false;
            IntegerAttr c0 = intConst(inner.operand(1));
            if (c0 == null) return false;
            Value k = constant(r, op.location(), combine(c0, c1, IntSemantics.SUB), op.result(0).type());
            return rebuildPlain(r, op, "arith.addi", inner.operand(0), k);
        });
        // subi(c1, addi(x, c0)) -> subi(c1 - c0, x)
        add("SubILHSAddConstant", "arith.subi", (op, r) -> {
            Operation inner = definedBy(op.operand(1), "arith.addi");
            IntegerAttr c1 = intConst(op.operand(0));
            if (inner == null || c1 == null) return false;
            IntegerAttr c0 = intConst(inner.operand(1));
            if (c0 == null) return false;
            Value k = constant(r, op.location(), combine(c1, c0, IntSemantics.SUB), op.result(0).type());
            return rebuild(r, op, inner, "arith.subi", k, inner.operand(0));
        });
        // subi(subi(x, c0), c1) -> subi(x, c0 + c1)
        add("SubIRHSSubConstantRHS", "arith.subi", (op, r) -> {
            Operation inner = definedBy(op.operand(0), "arith.subi");
            IntegerAttr c1 = intConst(op.operand(1));
            if (inner == null || c1 == null) return false;
            IntegerAttr c0 = intConst(inner.operand(1));
            if (c0 == null) return false;
            Value k = constant(r, op.location(), combine(c0, c1, IntSemantics.ADD), op.result(0).type());
            return rebuild(r, op, inner, "arith.subi", inner.operand(0), k);
        });
        // subi(subi(c0, x), c1) -> subi(c0 - c1, x)
        add("SubIRHSSubConstantLHS", "arith.subi", (op, r) -> {
            Operation inner = definedBy(op.operand(0), "arith.subi");
            IntegerAttr c1 = intConst(op.operand(1));
            if (inner == null || c1 == null) return false;
            IntegerAttr c0 = intConst(inner.operand(0));
            if (c0 == null) return false;
            Value k = constant(r, op.location(), combine(c0, c1, IntSemantics.SUB), op.result(0).type());
            return rebuild(r, op, inner, "arith.subi", k, inner.operand(1));
        });
        // subi(c1, subi(x, c0)) -> subi(c0 + c1, x)
        add("SubILHSSubConstantRHS", "arith.subi", (op, r) -> {
            Operation inner = definedBy(op.operand(1), "arith.subi");
            IntegerAttr c1 = intConst(op.operand(0));
            if (inner == null || c1 == null) return false;
            IntegerAttr c0 = intConst(inner.operand(1));
            if (c0 == null) return false;
            Value k = constant(r, op.location(), combine(c0, c1, IntSemantics.ADD), op.result(0).type());
            return rebuild(r, op, inner, "arith.subi", k, inner.operand(0));
        });
        // subi(c1, subi(c0, x)) -> addi(x, c1 - c0)
        add("SubILHSSubConstantLHS", "arith.subi", (op, r) -> {
            Operation inner = definedBy(op.operand(1), "arith.subi");
            IntegerAttr c1 = intConst(op.operand(0));
            if (inner == null || c1 == null) return false;
            IntegerAttr c0 = intConst(inner.operand(0));
            if (c0 == null) return false;
            Value k = constant(r, op.location(), combine(c1, c0, IntSemantics.SUB), op.result(0).type());
            return rebuild(r, op, inner, "arith.addi", inner.operand(1), k);
        });
        // subi(subi(a, b), a) -> subi(0, b)
        add("SubISubILHSRHSLHS", "arith.subi", (op, r) -> {
            Operation inner = definedBy(op.operand(0), "arith.subi");
            if (inner == null || inner.operand(0) != op.operand(1)) return false;
            Attribute zero = ConstAttrs.zero(op.result(0).type());
            if (zero == null) return false;
            Value k = constant(r, op.location(), zero, op.result(0).type());
            return rebuild(r, op, inner, "arith.subi", k, inner.operand(1));
        });
    }

}
