package org.jmlir.dialect.arith;

import java.math.BigInteger;
import java.util.List;
import java.util.function.BinaryOperator;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.FoldHook;

/**
 * Fold hooks of arith ops on scalar constants, with MLIR's semantics: integers wrap at their width (index is 64
 * bits), division by zero and signed overflow of division do not fold, floats are computed in their own precision;
 * plus the algebraic identities MLIR's folders apply (x+0, x*1, x*0, x-x, x&x, x|0, x^x, x/1, ...).
 */
final class ArithFolders {
    private ArithFolders() {}

    static final FoldHook CONSTANT = (op, c) -> List.of(OpFoldResult.of(op.attr("value")));

    /** The folder of an integer binary op named {@code arith.<name>}, or null. */
    static FoldHook intBinary(String name) {
        return switch (name) {
            case "addi" -> intOp((a, b) -> a.add(b), (op, l, r) -> isZero(r) ? l : isZero(lConst(op)) ? op.operand(1)
                : null, false);
            case "subi" -> intOp((a, b) -> a.subtract(b), (op, l, r) -> isZero(r) ? l : null, false,
                (op) -> op.operand(0) == op.operand(1) ? zero(op) : null);
            case "muli" -> intOp((a, b) -> a.multiply(b), (op, l, r) -> isOne(r, op) ? l : isZero(r) ? op.operand(1)
                : null, false);
            case "andi" -> intOp((a, b) -> a.and(b), (op, l, r) -> isZero(r) ? op.operand(1)
                : isAllOnes(r, op) ? l : null, false, op -> op.operand(0) == op.operand(1) ? val(op.operand(0)) : null);
            case "ori" -> intOp((a, b) -> a.or(b), (op, l, r) -> isZero(r) ? l : isAllOnes(r, op) ? op.operand(1)
                : null, false, op -> op.operand(0) == op.operand(1) ? val(op.operand(0)) : null);
            case "xori" -> intOp((a, b) -> a.xor(b), (op, l, r) -> isZero(r) ? l : null, false,
                op -> op.operand(0) == op.operand(1) ? zero(op) : null);
            case "divsi" -> intOp(ArithFolders::divs, (op, l, r) -> isOne(r, op) ? l : null, false);
            case "divui" -> intOp(ArithFolders::divu, (op, l, r) -> isOne(r, op) ? l : null, true);
            case "remsi" -> intOp((a, b) -> b.signum() == 0 ? null : a.remainder(b), (op, l, r) -> null, false);
            case "remui" -> intOp((a, b) -> b.signum() == 0 ? null : a.remainder(b), (op, l, r) -> null, true);
            case "maxsi" -> intOp(BigInteger::max, (op, l, r) -> null, false,
                op -> op.operand(0) == op.operand(1) ? val(op.operand(0)) : null);
            case "minsi" -> intOp(BigInteger::min, (op, l, r) -> null, false,
                op -> op.operand(0) == op.operand(1) ? val(op.operand(0)) : null);
            case "maxui" -> intOp(BigInteger::max, (op, l, r) -> null, true,
                op -> op.operand(0) == op.operand(1) ? val(op.operand(0)) : null);
            case "minui" -> intOp(BigInteger::min, (op, l, r) -> null, true,
                op -> op.operand(0) == op.operand(1) ? val(op.operand(0)) : null);
            default -> null;
        };
    }

    /** An identity that looks at the op, its lhs value and its constant rhs; returns the replacement or null. */
    private interface Identity {
        Value apply(Operation op, Value lhs, Attribute rhs);
    }

    private interface Whole {
        List<OpFoldResult> apply(Operation op);
    }

    private static FoldHook intOp(BinaryOperator<BigInteger> f, Identity id, boolean unsigned, Whole... whole) {
        return (op, c) -> {
            Attribute l = c.get(0), r = c.get(1);
            Type t = op.result(0).type();
            int width = width(t);
            if (width > 0 && l instanceof IntegerAttr a && r instanceof IntegerAttr b) {
                BigInteger x = unsigned ? toUnsigned(a.value(), width) : toSigned(a.value(), width);
                BigInteger y = unsigned ? toUnsigned(b.value(), width) : toSigned(b.value(), width);
                BigInteger v = f.apply(x, y);
                return v == null ? null : List.of(OpFoldResult.of(new IntegerAttr(t, normalize(v, width))));
            }
            if (width > 0 && r instanceof IntegerAttr) {
                Value v = id.apply(op, op.operand(0), r);
                if (v != null) return List.of(OpFoldResult.of(v));
            }
            for (Whole w : whole) {
                List<OpFoldResult> res = w.apply(op);
                if (res != null) return res;
            }
            return null;
        };
    }

    private static Attribute lConst(Operation op) { return org.jmlir.rewrite.Folding.constantValue(op.operand(0)); }

    private static List<OpFoldResult> zero(Operation op) {
        int width = width(op.result(0).type());
        return width > 0 ? List.of(OpFoldResult.of(new IntegerAttr(op.result(0).type(), BigInteger.ZERO))) : null;
    }

    private static List<OpFoldResult> val(Value v) { return List.of(OpFoldResult.of(v)); }

    private static BigInteger divs(BigInteger a, BigInteger b) {
        return b.signum() == 0 ? null : a.divide(b); // overflow (MIN / -1) wraps in normalize, as APInt::sdiv_ov
    }

    private static BigInteger divu(BigInteger a, BigInteger b) { return b.signum() == 0 ? null : a.divide(b); }

    private static boolean isZero(Attribute a) { return a instanceof IntegerAttr i && i.value().signum() == 0; }

    private static boolean isOne(Attribute a, Operation op) {
        return a instanceof IntegerAttr i && normalize(BigInteger.ONE, width(op.result(0).type())).equals(i.value());
    }

    private static boolean isAllOnes(Attribute a, Operation op) {
        int w = width(op.result(0).type());
        return a instanceof IntegerAttr i && w > 0 && toUnsigned(i.value(), w).equals(mask(w));
    }

    /** Bit width of a scalar integer or index type; 0 for anything else (shaped types do not fold here). */
    static int width(Type t) {
        if (t instanceof IntegerType i) return i.width();
        if (t instanceof IndexType) return 64;
        return 0;
    }

    static BigInteger mask(int width) { return BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE); }

    static BigInteger toUnsigned(BigInteger v, int width) { return v.and(mask(width)); }

    static BigInteger toSigned(BigInteger v, int width) {
        BigInteger u = toUnsigned(v, width);
        return u.testBit(width - 1) ? u.subtract(BigInteger.ONE.shiftLeft(width)) : u;
    }

    /** How IntegerAttr holds a value of this width: i1 as 0/1, wider integers signed. */
    static BigInteger normalize(BigInteger v, int width) {
        return width == 1 ? toUnsigned(v, 1) : toSigned(v, width);
    }

    /** The folder of a float binary op ({@code addf subf mulf divf}), computed in the type's precision. */
    static FoldHook floatBinary(String name) {
        java.util.function.DoubleBinaryOperator f = switch (name) {
            case "addf" -> Double::sum;
            case "subf" -> (a, b) -> a - b;
            case "mulf" -> (a, b) -> a * b;
            case "divf" -> (a, b) -> a / b;
            default -> null;
        };
        if (f == null) return null;
        return (op, c) -> {
            if (c.get(0) instanceof FloatAttr a && c.get(1) instanceof FloatAttr b
                && op.result(0).type() instanceof FloatType ft) {
                double v;
                if (ft.kind() == FloatKind.F32) v = (float) f.applyAsDouble((float) a.value(), (float) b.value());
                else if (ft.kind() == FloatKind.F64) v = f.applyAsDouble(a.value(), b.value());
                else return null; // other precisions: not folded (their rounding is not modelled here)
                return List.of(OpFoldResult.of(new FloatAttr(ft, v)));
            }
            return null;
        };
    }

    /** arith.cmpi on constants and on equal operands. */
    static final FoldHook CMPI = (op, c) -> {
        String pred = predicate(op);
        if (pred == null) return null;
        if (c.get(0) instanceof IntegerAttr a && c.get(1) instanceof IntegerAttr b) {
            int w = width(op.operand(0).type());
            if (w == 0) return null;
            int s = toSigned(a.value(), w).compareTo(toSigned(b.value(), w));
            int u = toUnsigned(a.value(), w).compareTo(toUnsigned(b.value(), w));
            return List.of(OpFoldResult.of(IntegerAttr.bool(holds(pred, s, u))));
        }
        if (op.operand(0) == op.operand(1) && op.result(0).type() instanceof IntegerType) {
            return List.of(OpFoldResult.of(IntegerAttr.bool(holds(pred, 0, 0))));
        }
        return null;
    };

    private static String predicate(Operation op) {
        Attribute p = op.attr("predicate");
        if (!(p instanceof IntegerAttr i)) return null;
        String[] names = {"eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"};
        int k = i.value().intValue();
        return k >= 0 && k < names.length ? names[k] : null;
    }

    private static boolean holds(String pred, int s, int u) {
        return switch (pred) {
            case "eq" -> s == 0;
            case "ne" -> s != 0;
            case "slt" -> s < 0;
            case "sle" -> s <= 0;
            case "sgt" -> s > 0;
            case "sge" -> s >= 0;
            case "ult" -> u < 0;
            case "ule" -> u <= 0;
            case "ugt" -> u > 0;
            default -> u >= 0;
        };
    }

    /** arith.select with a constant condition or equal branches. */
    static final FoldHook SELECT = (op, c) -> {
        if (op.numOperands() != 3) return null;
        if (op.operand(1) == op.operand(2)) return List.of(OpFoldResult.of(op.operand(1)));
        if (c.get(0) instanceof IntegerAttr cond && cond.type().equals(IntegerType.I1)) {
            return List.of(OpFoldResult.of(op.operand(cond.value().signum() != 0 ? 1 : 2)));
        }
        return null;
    };
}
