package org.jmlir.dialect.arith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.floats;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.function.LongBinaryOperator;
import org.jmlir.ir.Context;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Walker;
import org.jmlir.ir.WalkResult;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.rewrite.Folding;
import org.jmlir.text.MlirText;
import org.junit.jupiter.api.Test;

/**
 * arith's constant folding against plain Java arithmetic: integer ops of every width up to 64 against long
 * arithmetic with masking (the reference is written independently of the BigInteger folders), and f32/f64 ops
 * against Java's IEEE float and double arithmetic.
 */
class ArithFoldPropertiesTest {
    private static final Context CTX = Context.withAllDialects();

    private static final List<String> INT_OPS = List.of("addi", "subi", "muli", "divui", "divsi", "remui", "remsi",
        "andi", "ori", "xori", "shli", "shrui", "shrsi", "maxsi", "maxui", "minsi", "minui", "floordivsi",
        "ceildivui");

    private static long mask(int w) { return w == 64 ? -1L : (1L << w) - 1; }

    private static long sext(long v, int w) { return (v << (64 - w)) >> (64 - w); }

    /** The reference result bits, or null where the op must not fold. */
    private static Long reference(String op, long a, long b, int w) {
        long m = mask(w), ua = a & m, ub = b & m, sa = sext(a, w), sb = sext(b, w);
        long smin = sext(1L << (w - 1), w);
        LongBinaryOperator f = switch (op) {
            case "addi" -> (x, y) -> ua + ub;
            case "subi" -> (x, y) -> ua - ub;
            case "muli" -> (x, y) -> ua * ub;
            case "andi" -> (x, y) -> ua & ub;
            case "ori" -> (x, y) -> ua | ub;
            case "xori" -> (x, y) -> ua ^ ub;
            case "maxsi" -> (x, y) -> Math.max(sa, sb);
            case "minsi" -> (x, y) -> Math.min(sa, sb);
            case "maxui" -> (x, y) -> Long.compareUnsigned(ua, ub) >= 0 ? ua : ub;
            case "minui" -> (x, y) -> Long.compareUnsigned(ua, ub) <= 0 ? ua : ub;
            default -> null;
        };
        if (f != null) return f.applyAsLong(0, 0) & m;
        boolean zero = ub == 0, overflow = sa == smin && sb == -1;
        boolean tooFar = Long.compareUnsigned(ub, w) >= 0;
        return switch (op) {
            case "divui" -> zero ? null : Long.divideUnsigned(ua, ub) & m;
            case "remui" -> zero ? null : Long.remainderUnsigned(ua, ub) & m;
            case "ceildivui" -> zero ? null : (Long.divideUnsigned(ua, ub)
                + (Long.remainderUnsigned(ua, ub) != 0 ? 1 : 0)) & m;
            case "divsi" -> zero || overflow ? null : (sa / sb) & m;
            case "remsi" -> zero ? null : (sa % sb) & m;
            case "floordivsi" -> zero || overflow ? null : Math.floorDiv(sa, sb) & m;
            case "shli" -> tooFar ? null : (ua << ub) & m;
            case "shrui" -> tooFar ? null : (ua >>> ub) & m;
            case "shrsi" -> tooFar ? null : (sa >> ub) & m;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** Folds {@code arith.op} on two constants of {@code type}; returns the constant it folds to, or null. */
    private static Attribute fold(String op, String type, String a, String b) {
        String text = "func.func @f() {\n  %a = arith.constant " + a + " : " + type + "\n  %b = arith.constant " + b
            + " : " + type + "\n  %r = arith." + op + " %a, %b : " + type + "\n  return\n}\n";
        Operation m = MlirText.parse(CTX, text, "p.mlir");
        Operation[] found = new Operation[1];
        Walker.walk(m, Walker.Order.PRE, o -> {
            if (o.name().equals("arith." + op)) found[0] = o;
            return WalkResult.ADVANCE;
        });
        return folded(found[0]);
    }

    /** The constant an op folds to: an attribute, or an operand that is itself a constant (x + 0 folds to x). */
    private static Attribute folded(Operation op) {
        List<OpFoldResult> r = Folding.fold(op);
        if (r == null || r.size() != 1) return null;
        return switch (r.get(0)) {
            case OpFoldResult.Const c -> c.attribute();
            case OpFoldResult.Val v -> Folding.constantValue(v.value());
        };
    }

    @Test
    void integerFoldsMatchLongArithmetic() {
        qt().withExamples(1500).forAll(integers().between(2, 64), longs().all(), longs().all(),
            integers().between(0, INT_OPS.size() - 1)).checkAssert((w, a, b, k) -> {
                String op = INT_OPS.get(k);
                // small shift amounts too, so that shifts fold
                long bb = op.startsWith("sh") && (b & 1) == 0 ? Math.floorMod(b, w + 2) : b;
                Long expected = reference(op, a, bb, w);
                Attribute got = fold(op, "i" + w, Long.toString(sext(a, w)), Long.toString(sext(bb, w)));
                String what = op + " i" + w + " " + sext(a, w) + ", " + sext(bb, w);
                if (expected == null) {
                    assertNull(got, what);
                } else {
                    assertTrue(got instanceof IntegerAttr, what);
                    assertEquals(sext(expected, w), ((IntegerAttr) got).value().longValueExact(), what);
                }
            });
    }

    @Test
    void cmpiMatchesJavaComparisons() {
        List<String> preds = ArithAttrs.CMPI_PREDICATES;
        qt().withExamples(800).forAll(integers().between(1, 64), longs().all(), longs().all(),
            integers().between(0, preds.size() - 1)).checkAssert((w, a, b, p) -> {
                long sa = sext(a, w), sb = sext(b, w), ua = a & mask(w), ub = b & mask(w);
                boolean expected = switch (preds.get(p)) {
                    case "eq" -> ua == ub;
                    case "ne" -> ua != ub;
                    case "slt" -> sa < sb;
                    case "sle" -> sa <= sb;
                    case "sgt" -> sa > sb;
                    case "sge" -> sa >= sb;
                    case "ult" -> Long.compareUnsigned(ua, ub) < 0;
                    case "ule" -> Long.compareUnsigned(ua, ub) <= 0;
                    case "ugt" -> Long.compareUnsigned(ua, ub) > 0;
                    default -> Long.compareUnsigned(ua, ub) >= 0;
                };
                String av = w == 1 ? (sa != 0 ? "true" : "false") : Long.toString(sa);
                String bv = w == 1 ? (sb != 0 ? "true" : "false") : Long.toString(sb);
                String text = "func.func @f() -> i1 {\n  %a = arith.constant " + av + (w == 1 ? "" : " : i" + w)
                    + "\n  %b = arith.constant " + bv + (w == 1 ? "" : " : i" + w) + "\n  %r = arith.cmpi "
                    + preds.get(p) + ", %a, %b : i" + w + "\n  return %r : i1\n}\n";
                Operation m = MlirText.parse(CTX, text, "p.mlir");
                Operation[] cmp = new Operation[1];
                Walker.walk(m, Walker.Order.PRE, o -> {
                    if (o.name().equals("arith.cmpi")) cmp[0] = o;
                    return WalkResult.ADVANCE;
                });
                assertEquals(IntegerAttr.bool(expected), folded(cmp[0]), text);
            });
    }

    private static final List<String> FLOAT_OPS = List.of("addf", "subf", "mulf", "divf", "remf", "maximumf",
        "minimumf");

    private static double referenceF32(String op, float a, float b) {
        return switch (op) {
            case "addf" -> a + b;
            case "subf" -> a - b;
            case "mulf" -> a * b;
            case "divf" -> a / b;
            case "remf" -> a % b;
            case "maximumf" -> Math.max(a, b);
            default -> Math.min(a, b);
        };
    }

    @Test
    void f32FoldsMatchJavaFloatArithmetic() {
        qt().withExamples(1500).forAll(floats().any(), floats().any(), integers().between(0, FLOAT_OPS.size() - 1))
            .checkAssert((a, b, k) -> {
                String op = FLOAT_OPS.get(k);
                String av = String.format("0x%08X", Float.floatToRawIntBits(a));
                String bv = String.format("0x%08X", Float.floatToRawIntBits(b));
                Attribute got = fold(op, "f32", av, bv);
                assertTrue(got != null, op);
                double expected = referenceF32(op, a, b);
                double value = ((FloatAttr) got).value();
                String what = op + " " + av + ", " + bv;
                if (Double.isNaN(expected)) assertTrue(Double.isNaN(value), what);
                else assertEquals(Float.floatToRawIntBits((float) expected), Float.floatToRawIntBits((float) value),
                    what);
            });
    }

    @Test
    void f64FoldsMatchJavaDoubleArithmetic() {
        qt().withExamples(1000).forAll(longs().all(), longs().all(), integers().between(0, FLOAT_OPS.size() - 1))
            .checkAssert((x, y, k) -> {
                String op = FLOAT_OPS.get(k);
                double a = Double.longBitsToDouble(x), b = Double.longBitsToDouble(y);
                Attribute got = fold(op, "f64", String.format("0x%016X", x), String.format("0x%016X", y));
                assertTrue(got != null, op);
                double expected = switch (op) {
                    case "addf" -> a + b;
                    case "subf" -> a - b;
                    case "mulf" -> a * b;
                    case "divf" -> a / b;
                    case "remf" -> a % b;
                    case "maximumf" -> Math.max(a, b);
                    default -> Math.min(a, b);
                };
                double value = ((FloatAttr) got).value();
                if (Double.isNaN(expected)) assertTrue(Double.isNaN(value), op);
                else assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(value), op);
            });
    }
}
