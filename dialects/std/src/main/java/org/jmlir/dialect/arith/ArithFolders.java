package org.jmlir.dialect.arith;

import static org.jmlir.dialect.arith.ConstAttrs.bits;
import static org.jmlir.dialect.arith.ConstAttrs.element;
import static org.jmlir.dialect.arith.ConstAttrs.intWidth;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.TypedAttribute;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.FoldHook;

/**
 * The fold hooks of arith (upstream's ArithOps.cpp {@code fold} methods): constant folding with APInt/APFloat
 * semantics, elementwise over splat and dense constants, and the algebraic identities upstream folds. Moving
 * constants of commutative ops to the right is the Commutative trait's fold, done by
 * {@link org.jmlir.rewrite.Folding#fold}, not here.
 */
public final class ArithFolders {
    private ArithFolders() {}

    private static final Map<String, FoldHook> HOOKS = new HashMap<>();

    /** The fold hook of arith op {@code name} ("arith.addi"), or null when upstream has none. */
    public static FoldHook hook(String name) { return HOOKS.get(name); }

    private static void def(String name, FoldHook h) { HOOKS.put("arith." + name, h); }

    // ---- results

    static List<OpFoldResult> value(Value v) { return v == null ? null : List.of(OpFoldResult.of(v)); }

    static List<OpFoldResult> attr(Attribute a) { return a == null ? null : List.of(OpFoldResult.of(a)); }

    static Attribute cst(List<Attribute> c, int i) { return c.get(i); }

    static Operation definedBy(Value v, String name) {
        Operation d = v.definingOp();
        return d != null && d.name().equals(name) ? d : null;
    }

    /** The op's integer result type's element, for int folds. */
    static Attribute intFold(Attribute a, Attribute b, Type resultType, IntSemantics.Op op) {
        return ConstAttrs.binary(a, b, resultType, (x, y) -> {
            if (!(x instanceof IntegerAttr i) || !(y instanceof IntegerAttr j)) return null;
            int w = intWidth(i.type());
            BigInteger r = op.apply(bits(i), bits(j), w);
            return r == null ? null : ConstAttrs.intAttr(i.type(), r);
        });
    }

    static Attribute floatFold(Attribute a, Attribute b, Type resultType, DoubleBinaryOperator op, boolean rawNaN) {
        return ConstAttrs.binary(a, b, resultType, (x, y) -> {
            if (!(x instanceof FloatAttr f) || !(y instanceof FloatAttr g)) return null;
            FloatKind k = ((FloatType) f.type()).kind();
            if (!FloatSemantics.supported(k)) return null;
            double r = rawNaN ? op.applyAsDouble(f.value(), g.value())
                : FloatSemantics.binary(f.value(), g.value(), k, op);
            return new FloatAttr(f.type(), r);
        });
    }

    static Type resultType(Operation op) { return op.result(0).type(); }

    /** Zero of the op's type when the shape is static (upstream's getZeroAttr). */
    static List<OpFoldResult> zeroOf(Operation op) {
        Type t = resultType(op);
        if (t instanceof ShapedType s && s.numElements() < 0) return null;
        return attr(ConstAttrs.zero(t));
    }

    static int predicate(Operation op) { return ((IntegerAttr) op.attr("predicate")).value().intValue(); }

    static {
        def("constant", (op, c) -> attr(op.attr("value")));

        // ---- integer arithmetic
        def("addi", (op, c) -> {
            if (ConstAttrs.isZero(cst(c, 1))) return value(op.operand(0));
            Operation sub = definedBy(op.operand(0), "arith.subi");
            if (sub != null && sub.operand(1) == op.operand(1)) return value(sub.operand(0));
            sub = definedBy(op.operand(1), "arith.subi");
            if (sub != null && sub.operand(1) == op.operand(0)) return value(sub.operand(0));
            return attr(intFold(cst(c, 0), cst(c, 1), resultType(op), IntSemantics.ADD));
        });
        def("subi", (op, c) -> {
            if (op.operand(0) == op.operand(1)) return zeroOf(op);
            if (ConstAttrs.isZero(cst(c, 1))) return value(op.operand(0));
            Operation add = definedBy(op.operand(0), "arith.addi");
            if (add != null) {
                if (op.operand(1) == add.operand(1)) return value(add.operand(0));
                if (op.operand(1) == add.operand(0)) return value(add.operand(1));
            }
            return attr(intFold(cst(c, 0), cst(c, 1), resultType(op), IntSemantics.SUB));
        });
        def("muli", (op, c) -> {
            if (ConstAttrs.isZero(cst(c, 1))) return value(op.operand(1));
            if (ConstAttrs.isOne(cst(c, 1))) return value(op.operand(0));
            return attr(intFold(cst(c, 0), cst(c, 1), resultType(op), IntSemantics.MUL));
        });
        def("divui", divOfMul(divLike(IntSemantics.DIVU), 2));
        def("divsi", divOfMul(divLike(IntSemantics.DIVS), 1));
        def("ceildivui", divLike(IntSemantics.CEILDIVU));
        def("ceildivsi", divLike(IntSemantics.CEILDIVS));
        def("floordivsi", divLike(IntSemantics.FLOORDIVS));
        def("remui", remLike(IntSemantics.REMU));
        def("remsi", remLike(IntSemantics.REMS));
        def("andi", ArithFolders::foldAndI);
        def("ori", ArithFolders::foldOrI);
        def("xori", ArithFolders::foldXOrI);
        def("shli", shift(IntSemantics.SHL));
        def("shrui", shift(IntSemantics.SHRU));
        def("shrsi", shift(IntSemantics.SHRS));
        def("maxsi", minMax(IntSemantics.MAXS, true, true));
        def("minsi", minMax(IntSemantics.MINS, true, false));
        def("maxui", minMax(IntSemantics.MAXU, false, true));
        def("minui", minMax(IntSemantics.MINU, false, false));
        def("addui_extended", ArithFolders::foldAddUIExtended);
        def("mulsi_extended", (op, c) -> foldMulExtended(op, c, true));
        def("mului_extended", (op, c) -> foldMulExtended(op, c, false));

        // ---- float arithmetic
        def("addf", (op, c) -> {
            if (ConstAttrs.isFloat(cst(c, 1), -0.0)) return value(op.operand(0));
            return attr(floatFold(cst(c, 0), cst(c, 1), resultType(op), Double::sum, false));
        });
        def("subf", (op, c) -> {
            if (ConstAttrs.isFloat(cst(c, 1), 0.0)) return value(op.operand(0));
            return attr(floatFold(cst(c, 0), cst(c, 1), resultType(op), (a, b) -> a - b, false));
        });
        def("mulf", (op, c) -> {
            if (ConstAttrs.isFloat(cst(c, 1), 1.0)) return value(op.operand(0));
            return attr(floatFold(cst(c, 0), cst(c, 1), resultType(op), (a, b) -> a * b, false));
        });
        def("divf", (op, c) -> {
            if (ConstAttrs.isFloat(cst(c, 1), 1.0)) return value(op.operand(0));
            return attr(floatFold(cst(c, 0), cst(c, 1), resultType(op), (a, b) -> a / b, false));
        });
        def("remf", (op, c) -> attr(floatFold(cst(c, 0), cst(c, 1), resultType(op), (a, b) -> a % b, false)));
        def("maximumf", (op, c) -> {
            if (op.operand(0) == op.operand(1)) return value(op.operand(0));
            if (ConstAttrs.isFloat(cst(c, 1), Double.NEGATIVE_INFINITY)) return value(op.operand(0));
            return attr(floatFold(cst(c, 0), cst(c, 1), resultType(op), FloatSemantics::maximum, true));
        });
        def("minimumf", (op, c) -> {
            if (op.operand(0) == op.operand(1)) return value(op.operand(0));
            if (ConstAttrs.isFloat(cst(c, 1), Double.POSITIVE_INFINITY)) return value(op.operand(0));
            return attr(floatFold(cst(c, 0), cst(c, 1), resultType(op), FloatSemantics::minimum, true));
        });
        def("maxnumf", (op, c) -> {
            if (op.operand(0) == op.operand(1)) return value(op.operand(0));
            if (ConstAttrs.isNaN(cst(c, 1))) return value(op.operand(0));
            return attr(floatFold(cst(c, 0), cst(c, 1), resultType(op), FloatSemantics::maxnum, true));
        });
        def("minnumf", (op, c) -> {
            if (op.operand(0) == op.operand(1)) return value(op.operand(0));
            if (ConstAttrs.isNaN(cst(c, 1))) return value(op.operand(0));
            return attr(floatFold(cst(c, 0), cst(c, 1), resultType(op), FloatSemantics::minnum, true));
        });
        def("negf", (op, c) -> {
            Operation inner = definedBy(op.operand(0), "arith.negf");
            if (inner != null) return value(inner.operand(0));
            return attr(ConstAttrs.unary(cst(c, 0), resultType(op),
                a -> a instanceof FloatAttr f ? new FloatAttr(f.type(), FloatSemantics.neg(f.value())) : null));
        });

        // ---- comparisons and select
        def("cmpi", ArithFolders::foldCmpI);
        def("cmpf", ArithFolders::foldCmpF);
        def("select", ArithFolders::foldSelect);

        ArithCastFolders.register(ArithFolders::def);
    }

    private static FoldHook divLike(IntSemantics.Op sem) {
        return (op, c) -> {
            if (ConstAttrs.isOne(cst(c, 1))) return value(op.operand(0));
            return attr(intFold(cst(c, 0), cst(c, 1), resultType(op), sem));
        };
    }

    /**
     * {@code (a * b) / b -> a} when the multiplication carries {@code flag} (nuw for divui, nsw for divsi), tried
     * after {@code x / 1} and before constant folding, as upstream.
     */
    private static FoldHook divOfMul(FoldHook rest, int flag) {
        return (op, c) -> {
            if (ConstAttrs.isOne(cst(c, 1))) return value(op.operand(0));
            Operation mul = definedBy(op.operand(0), "arith.muli");
            if (mul != null && (ArithPatterns.flags(mul) & flag) == flag) {
                if (mul.operand(0) == op.operand(1)) return value(mul.operand(1));
                if (mul.operand(1) == op.operand(1)) return value(mul.operand(0));
            }
            return rest.fold(op, c);
        };
    }

    private static FoldHook remLike(IntSemantics.Op sem) {
        return (op, c) -> {
            if (ConstAttrs.isOne(cst(c, 1))) return zeroOf(op);
            return attr(intFold(cst(c, 0), cst(c, 1), resultType(op), sem));
        };
    }

    private static FoldHook shift(IntSemantics.Op sem) {
        return (op, c) -> {
            if (ConstAttrs.isZero(cst(c, 1))) return value(op.operand(0));
            return attr(intFold(cst(c, 0), cst(c, 1), resultType(op), sem));
        };
    }

    /** max/min: x with itself is x; against the type's extreme, the extreme or x. */
    private static FoldHook minMax(IntSemantics.Op sem, boolean signed, boolean max) {
        return (op, c) -> {
            if (op.operand(0) == op.operand(1)) return value(op.operand(0));
            BigInteger r = ConstAttrs.intValue(cst(c, 1));
            if (r != null) {
                int w = intWidth(element(resultType(op)));
                BigInteger umax = ConstAttrs.mask(w), smax = umax.shiftRight(1), smin = smax.add(BigInteger.ONE);
                BigInteger top = signed ? smax : umax, bottom = signed ? smin : BigInteger.ZERO;
                if (r.equals(max ? top : bottom)) return value(op.operand(1));
                if (r.equals(max ? bottom : top)) return value(op.operand(0));
            }
            return attr(intFold(cst(c, 0), cst(c, 1), resultType(op), sem));
        };
    }

    private static boolean isNot(Value v, Value of) {
        Operation x = definedBy(v, "arith.xori");
        return x != null && x.operand(0) == of && ConstAttrs.isAllOnes(org.jmlir.rewrite.Folding.constantValue(x.operand(1)));
    }

    private static List<OpFoldResult> foldAndI(Operation op, List<Attribute> c) {
        if (ConstAttrs.isZero(cst(c, 1))) return value(op.operand(1));
        if (ConstAttrs.isAllOnes(cst(c, 1))) return value(op.operand(0));
        if (isNot(op.operand(1), op.operand(0)) || isNot(op.operand(0), op.operand(1))) return zeroOf(op);
        // and(a, and(a, b)) -> and(a, b), either side
        for (int side = 0; side < 2; side++) {
            Operation prev = definedBy(op.operand(side), "arith.andi");
            Value other = op.operand(1 - side);
            if (prev != null && (other == prev.operand(0) || other == prev.operand(1))) return value(prev.result(0));
        }
        return attr(intFold(cst(c, 0), cst(c, 1), resultType(op), IntSemantics.AND));
    }

    private static List<OpFoldResult> foldOrI(Operation op, List<Attribute> c) {
        if (ConstAttrs.isZero(cst(c, 1))) return value(op.operand(0));
        if (ConstAttrs.isAllOnes(cst(c, 1))) return attr(cst(c, 1));
        if (isNot(op.operand(1), op.operand(0))) return value(op.operand(1).definingOp().operand(1));
        if (isNot(op.operand(0), op.operand(1))) return value(op.operand(0).definingOp().operand(1));
        return attr(intFold(cst(c, 0), cst(c, 1), resultType(op), IntSemantics.OR));
    }

    private static List<OpFoldResult> foldXOrI(Operation op, List<Attribute> c) {
        if (ConstAttrs.isZero(cst(c, 1))) return value(op.operand(0));
        if (op.operand(0) == op.operand(1)) return zeroOf(op);
        // xor(xor(x, a), a) -> x ; xor(a, xor(x, a)) -> x
        Operation prev = definedBy(op.operand(0), "arith.xori");
        if (prev != null) {
            if (prev.operand(1) == op.operand(1)) return value(prev.operand(0));
            if (prev.operand(0) == op.operand(1)) return value(prev.operand(1));
        }
        prev = definedBy(op.operand(1), "arith.xori");
        if (prev != null) {
            if (prev.operand(1) == op.operand(0)) return value(prev.operand(0));
            if (prev.operand(0) == op.operand(0)) return value(prev.operand(1));
        }
        return attr(intFold(cst(c, 0), cst(c, 1), resultType(op), IntSemantics.XOR));
    }

    private static List<OpFoldResult> foldAddUIExtended(Operation op, List<Attribute> c) {
        Type overflowType = op.result(1).type();
        if (ConstAttrs.isZero(cst(c, 1))) {
            Attribute f = ConstAttrs.bool(overflowType, false);
            return f == null ? null : List.of(OpFoldResult.of(op.operand(0)), OpFoldResult.of(f));
        }
        Attribute sum = intFold(cst(c, 0), cst(c, 1), resultType(op), IntSemantics.ADD);
        if (sum == null) return null;
        // overflow when the wrapped sum is below an operand (unsigned)
        Attribute ovf = ConstAttrs.binary(sum, cst(c, 0), overflowType, (s, a) ->
            IntegerAttr.bool(bits((IntegerAttr) s).compareTo(bits((IntegerAttr) a)) < 0));
        return ovf == null ? null : List.of(OpFoldResult.of(sum), OpFoldResult.of(ovf));
    }

    private static List<OpFoldResult> foldMulExtended(Operation op, List<Attribute> c, boolean signed) {
        if (ConstAttrs.isZero(cst(c, 1))) {
            Attribute z = ConstAttrs.zero(resultType(op));
            return z == null ? null : List.of(OpFoldResult.of(z), OpFoldResult.of(z));
        }
        if (!signed && ConstAttrs.isOne(cst(c, 1))) {
            Attribute z = ConstAttrs.zero(resultType(op));
            return z == null ? null : List.of(OpFoldResult.of(op.operand(0)), OpFoldResult.of(z));
        }
        Attribute low = intFold(cst(c, 0), cst(c, 1), resultType(op), IntSemantics.MUL);
        Attribute high = intFold(cst(c, 0), cst(c, 1), resultType(op),
            (a, b, w) -> IntSemantics.mulHigh(a, b, w, signed));
        return low == null || high == null ? null : List.of(OpFoldResult.of(low), OpFoldResult.of(high));
    }

    private static List<OpFoldResult> foldCmpI(Operation op, List<Attribute> c) {
        int pred = predicate(op);
        Value lhs = op.operand(0), rhs = op.operand(1);
        if (lhs == rhs) return attr(ConstAttrs.bool(resultType(op), IntSemantics.compareEqualOperands(pred)));
        boolean i1 = element(lhs.type()) instanceof org.jmlir.ir.type.IntegerType it && it.width() == 1;
        if (ConstAttrs.isZero(cst(c, 1))) {
            for (String ext : new String[] {"arith.extsi", "arith.extui"}) {
                Operation e = definedBy(lhs, ext);
                if (e != null && intWidth(element(e.operand(0).type())) == 1 && pred == 1) return value(e.operand(0));
            }
            if (i1 && pred == 1) return value(lhs);
        }
        if (ConstAttrs.isOne(cst(c, 1)) && i1 && pred == 0) return value(lhs);
        if (cst(c, 0) != null && cst(c, 1) == null) {
            // move the constant to the right, swapping the predicate (in place)
            op.setAttr("predicate", IntegerAttr.of(op.attr("predicate") instanceof TypedAttribute t ? t.type()
                : org.jmlir.ir.type.IntegerType.I64, IntSemantics.swapped(pred)));
            op.setOperand(0, rhs);
            op.setOperand(1, lhs);
            return FoldHook.IN_PLACE;
        }
        if (cst(c, 0) == null) return null;
        return attr(ConstAttrs.binary(cst(c, 0), cst(c, 1), resultType(op), (x, y) -> {
            if (!(x instanceof IntegerAttr i) || !(y instanceof IntegerAttr j)) return null;
            return IntegerAttr.bool(IntSemantics.compare(pred, bits(i), bits(j), intWidth(i.type())));
        }));
    }

    private static List<OpFoldResult> foldCmpF(Operation op, List<Attribute> c) {
        FloatAttr lhs = cst(c, 0) instanceof FloatAttr f ? f : null;
        FloatAttr rhs = cst(c, 1) instanceof FloatAttr f ? f : null;
        // a NaN operand decides every predicate as two NaNs would
        if (lhs != null && Double.isNaN(lhs.value())) rhs = lhs;
        if (rhs != null && Double.isNaN(rhs.value())) lhs = rhs;
        if (lhs == null || rhs == null) return null;
        return attr(IntegerAttr.bool(IntSemantics.compareFloat(predicate(op), lhs.value(), rhs.value())));
    }

    private static List<OpFoldResult> foldSelect(Operation op, List<Attribute> c) {
        Value cond = op.operand(0), t = op.operand(1), f = op.operand(2);
        if (t == f) return value(t);
        if (ConstAttrs.isOne(cst(c, 0))) return value(t);
        if (ConstAttrs.isZero(cst(c, 0))) return value(f);
        if (resultType(op).equals(org.jmlir.ir.type.IntegerType.I1) && ConstAttrs.isOne(cst(c, 1))
            && ConstAttrs.isZero(cst(c, 2))) {
            return value(cond);
        }
        Operation cmp = definedBy(cond, "arith.cmpi");
        if (cmp != null) {
            int pred = predicate(cmp);
            if (pred == 0 || pred == 1) {
                Value l = cmp.operand(0), r = cmp.operand(1);
                if (l == t && r == f || r == t && l == f) return value(pred == 1 ? t : f);
            }
        }
        if (cst(c, 0) instanceof DenseElementsAttr dc && cst(c, 1) instanceof DenseElementsAttr dt
            && cst(c, 2) instanceof DenseElementsAttr df) {
            List<Attribute> cs = ConstAttrs.elements(dc), ts = ConstAttrs.elements(dt), fs = ConstAttrs.elements(df);
            if (cs == null || ts == null || fs == null) return null;
            int n = (int) dt.numElements();
            List<Attribute> out = new java.util.ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                boolean b = bits((IntegerAttr) cs.get(cs.size() == 1 ? 0 : i)).signum() != 0;
                List<Attribute> from = b ? ts : fs;
                out.add(from.get(from.size() == 1 ? 0 : i));
            }
            return attr(ConstAttrs.dense(dt.type(), out));
        }
        return null;
    }
}
