package org.jmlir.dialect.arith;

import static org.jmlir.dialect.arith.ArithFolders.attr;
import static org.jmlir.dialect.arith.ArithFolders.definedBy;
import static org.jmlir.dialect.arith.ArithFolders.value;
import static org.jmlir.dialect.arith.ConstAttrs.bits;
import static org.jmlir.dialect.arith.ConstAttrs.element;
import static org.jmlir.dialect.arith.ConstAttrs.intWidth;

import java.math.BigInteger;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jmlir.ir.OpFoldResult;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.FoldHook;

/** The fold hooks of arith's casts (constFoldCastOp and the cast-chain folds of ArithOps.cpp). */
final class ArithCastFolders {
    private ArithCastFolders() {}

    static void register(BiConsumer<String, FoldHook> def) {
        def.accept("extui", (op, c) -> {
            if (replaceWithInnerOperand(op, "arith.extui")) return FoldHook.IN_PLACE;
            return cast(op, c, a -> intTo(op, bits((IntegerAttr) a)));
        });
        def.accept("extsi", (op, c) -> {
            if (replaceWithInnerOperand(op, "arith.extsi")) return FoldHook.IN_PLACE;
            return cast(op, c, a -> intTo(op, ConstAttrs.signed(bits((IntegerAttr) a), intWidth(((IntegerAttr) a).type()))));
        });
        def.accept("trunci", ArithCastFolders::foldTruncI);
        def.accept("index_cast", (op, c) -> cast(op, c, a -> intTo(op,
            ConstAttrs.signed(bits((IntegerAttr) a), intWidth(((IntegerAttr) a).type())))));
        def.accept("index_castui", (op, c) -> cast(op, c, a -> intTo(op, bits((IntegerAttr) a))));
        def.accept("extf", ArithCastFolders::foldExtF);
        def.accept("truncf", ArithCastFolders::foldTruncF);
        def.accept("sitofp", (op, c) -> cast(op, c, a -> intToFloat(op, (IntegerAttr) a, true)));
        def.accept("uitofp", (op, c) -> cast(op, c, a -> intToFloat(op, (IntegerAttr) a, false)));
        def.accept("fptosi", (op, c) -> cast(op, c, a -> floatToInt(op, (FloatAttr) a, true)));
        def.accept("fptoui", (op, c) -> cast(op, c, a -> floatToInt(op, (FloatAttr) a, false)));
        def.accept("bitcast", ArithCastFolders::foldBitcast);
    }

    private static Type resultElement(Operation op) { return element(op.result(0).type()); }

    /** Folds a cast of a scalar or dense constant elementwise (constFoldCastOp); f returns null to decline. */
    private static List<OpFoldResult> cast(Operation op, List<Attribute> c, Function<Attribute, Attribute> f) {
        Attribute in = c.get(0);
        if (in == null) return null;
        Type want = element(op.operand(0).type());
        return attr(ConstAttrs.unary(in, op.result(0).type(), a -> {
            if (!(a instanceof IntegerAttr || a instanceof FloatAttr)) return null;
            if (want instanceof FloatType != a instanceof FloatAttr) return null;
            return f.apply(a);
        }));
    }

    private static Attribute intTo(Operation op, BigInteger v) { return ConstAttrs.intAttr(resultElement(op), v); }

    /** ext(ext(x)) -> ext(x), in place. */
    private static boolean replaceWithInnerOperand(Operation op, String name) {
        Operation inner = definedBy(op.operand(0), name);
        if (inner == null) return false;
        op.setOperand(0, inner.operand(0));
        return true;
    }

    private static List<OpFoldResult> foldTruncI(Operation op, List<Attribute> c) {
        Operation ext = definedBy(op.operand(0), "arith.extui");
        if (ext == null) ext = definedBy(op.operand(0), "arith.extsi");
        Type dst = resultElement(op);
        if (ext != null) {
            Value src = ext.operand(0);
            Type srcType = element(src.type());
            if (intWidth(srcType) > intWidth(dst)) {
                op.setOperand(0, src);
                return FoldHook.IN_PLACE;
            }
            if (srcType.equals(dst)) return value(src);
        }
        Operation trunc = definedBy(op.operand(0), "arith.trunci");
        if (trunc != null) {
            op.setOperand(0, trunc.operand(0));
            return FoldHook.IN_PLACE;
        }
        return cast(op, c, a -> intTo(op, bits((IntegerAttr) a)));
    }

    private static boolean hasContract(Operation op) {
        return op.attr("fastmath") instanceof FastMathAttr f && (f.flags() & (1 << 5)) != 0;
    }

    private static List<OpFoldResult> foldExtF(Operation op, List<Attribute> c) {
        Operation trunc = definedBy(op.operand(0), "arith.truncf");
        if (trunc != null && trunc.operand(0).type().equals(op.result(0).type()) && hasContract(trunc)
            && hasContract(op)) {
            return value(trunc.operand(0));
        }
        FloatKind k = ConstAttrs.kind(op.result(0).type());
        if (!FloatSemantics.supported(k) || !FloatSemantics.supported(ConstAttrs.kind(op.operand(0).type()))) {
            return null;
        }
        return cast(op, c, a -> new FloatAttr(resultElement(op), FloatSemantics.round(((FloatAttr) a).value(), k)));
    }

    private static List<OpFoldResult> foldTruncF(Operation op, List<Attribute> c) {
        Operation ext = definedBy(op.operand(0), "arith.extf");
        FloatType res = (FloatType) resultElement(op);
        if (ext != null) {
            Value src = ext.operand(0);
            FloatType srcType = (FloatType) element(src.type());
            FloatType mid = (FloatType) element(ext.result(0).type());
            if (representableBy(srcType.kind(), mid.kind())) {
                if (srcType.width() > res.width()) {
                    op.setOperand(0, src);
                    return FoldHook.IN_PLACE;
                }
                if (srcType.equals(res)) return value(src);
            }
        }
        // only exact conversions fold (upstream's convertFloatValue), under the default rounding mode
        if (op.attr("roundingmode") != null && ((IntegerAttr) op.attr("roundingmode")).value().signum() != 0) {
            return null;
        }
        if (!FloatSemantics.supported(res.kind())) return null;
        return cast(op, c, a -> {
            double v = ((FloatAttr) a).value();
            return FloatSemantics.exactIn(v, res.kind()) ? new FloatAttr(res, v) : null;
        });
    }

    /** APFloat's isRepresentableBy for the formats we fold: wider precision and range, IEEE specials. */
    static boolean representableBy(FloatKind a, FloatKind b) {
        if (a == b) return true;
        var sa = org.jmlir.text.FloatFormats.of(a);
        var sb = org.jmlir.text.FloatFormats.of(b);
        return sb.precision() >= sa.precision() && sb.maxExp() >= sa.maxExp() && sb.minExp() <= sa.minExp();
    }

    private static Attribute intToFloat(Operation op, IntegerAttr a, boolean signed) {
        FloatType ft = (FloatType) resultElement(op);
        if (!FloatSemantics.supported(ft.kind())) return null;
        int w = intWidth(a.type());
        BigInteger v = signed ? ConstAttrs.signed(bits(a), w) : bits(a);
        return new FloatAttr(ft, FloatSemantics.fromInteger(v, ft.kind()));
    }

    private static Attribute floatToInt(Operation op, FloatAttr a, boolean signed) {
        Type t = resultElement(op);
        BigInteger v = FloatSemantics.toInteger(a.value(), intWidth(t), signed);
        return v == null ? null : ConstAttrs.intAttr(t, v);
    }

    private static List<OpFoldResult> foldBitcast(Operation op, List<Attribute> c) {
        Attribute in = c.get(0);
        if (in == null) return null;
        Type inElt = element(op.operand(0).type()), outElt = resultElement(op);
        if (op.result(0).type() instanceof ShapedType && !(in instanceof org.jmlir.ir.attr.DenseElementsAttr)) {
            return null;
        }
        FloatKind ik = inElt instanceof FloatType f ? f.kind() : null, ok = outElt instanceof FloatType f ? f.kind() : null;
        if (ik != null && !FloatSemantics.supported(ik) || ok != null && !FloatSemantics.supported(ok)) return null;
        return attr(ConstAttrs.unary(in, op.result(0).type(), a -> {
            BigInteger b = a instanceof FloatAttr f ? FloatSemantics.toBits(f.value(), ik) : bits((IntegerAttr) a);
            return ok != null ? new FloatAttr(outElt, FloatSemantics.fromBits(b, ok)) : ConstAttrs.intAttr(outElt, b);
        }));
    }
}
