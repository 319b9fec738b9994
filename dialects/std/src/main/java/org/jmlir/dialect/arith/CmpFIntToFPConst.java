package org.jmlir.dialect.arith;

import java.math.BigInteger;
import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.FloatKind;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.rewrite.Folding;
import org.jmlir.rewrite.PatternRewriter;
import org.jmlir.rewrite.RewritePattern;
import org.jmlir.text.FloatFormats;

/**
 * {@code cmpf(pred, sitofp/uitofp(x), C)} to an integer comparison of x, or to a constant when C lies outside
 * x's range or the comparison is decided by C's fraction (upstream's CmpFIntToFPConst, after LLVM's InstCombine).
 * Declines where the conversion may lose bits that matter. Upstream crashes on the {@code false}/{@code true}
 * predicates; they are left alone here.
 */
final class CmpFIntToFPConst extends RewritePattern {
    CmpFIntToFPConst() { super("arith.cmpf"); }

    // cmpi predicates
    private static final int EQ = 0, NE = 1, SLT = 2, SLE = 3, SGT = 4, SGE = 5, ULT = 6, ULE = 7, UGT = 8, UGE = 9;

    /** The cmpi predicate of an ordered or unordered cmpf predicate (ord/uno/false/true have none: -1). */
    private static int integerPredicate(int pred, boolean unsigned) {
        return switch (pred) {
            case 1, 8 -> EQ;
            case 2, 9 -> unsigned ? UGT : SGT;
            case 3, 10 -> unsigned ? UGE : SGE;
            case 4, 11 -> unsigned ? ULT : SLT;
            case 5, 12 -> unsigned ? ULE : SLE;
            case 6, 13 -> NE;
            default -> -1;
        };
    }

    /** APFloat's ilogb: the unbiased exponent of a finite non-zero value. */
    private static int ilogb(double v) { return Math.getExponent(v) < Double.MIN_EXPONENT
        ? Math.getExponent(v * 0x1p60) - 60 : Math.getExponent(v); }

    @Override
    public boolean matchAndRewrite(Operation op, PatternRewriter r) {
        r.setInsertionPoint(op);
        if (!(Folding.constantValue(op.operand(1)) instanceof FloatAttr flt)) return false;
        double rhs = flt.value();
        if (Double.isNaN(rhs) || !(flt.type() instanceof FloatType ft) || !FloatSemantics.supported(ft.kind())) {
            return false;
        }
        FloatKind kind = ft.kind();
        int mantissaWidth = FloatFormats.of(kind).precision();
        Operation conv = ArithFolders.definedBy(op.operand(0), "arith.sitofp");
        boolean unsigned = false;
        if (conv == null) {
            conv = ArithFolders.definedBy(op.operand(0), "arith.uitofp");
            unsigned = true;
        }
        if (conv == null || !(conv.operand(0).type() instanceof IntegerType intTy)) return false;
        Value intVal = conv.operand(0);
        int width = intTy.width();
        int valueBits = unsigned ? width : width - 1;
        if (width > mantissaWidth) {
            if (Double.isInfinite(rhs)) {
                if (FloatFormats.of(kind).maxExp() < valueBits) return false;
            } else if (rhs != 0) {
                int e = ilogb(rhs);
                if (mantissaWidth <= e && e <= valueBits) return false;
            }
        }
        int fpred = ArithFolders.predicate(op);
        if (fpred == 7) return constant(r, op, true);
        if (fpred == 14) return constant(r, op, false);
        int pred = integerPredicate(fpred, unsigned);
        if (pred < 0) return false;
        BigInteger max = unsigned ? ConstAttrs.mask(width) : ConstAttrs.mask(width - 1);
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(width - 1).negate();
        if (FloatSemantics.fromInteger(max, kind) < rhs) {
            return constant(r, op, pred == NE || pred == (unsigned ? ULT : SLT) || pred == (unsigned ? ULE : SLE));
        }
        if (FloatSemantics.fromInteger(min, kind) > rhs) {
            return constant(r, op, pred == NE || pred == (unsigned ? UGT : SGT) || pred == (unsigned ? UGE : SGE));
        }
        BigInteger rhsInt = FloatSemantics.toInteger(rhs, width, !unsigned);
        if (rhsInt == null) return false;
        boolean negative = FloatSemantics.isNegative(rhs);
        if (rhs != 0 && FloatSemantics.fromInteger(rhsInt, kind) != rhs) {
            switch (pred) {
                case NE -> { return constant(r, op, true); }
                case EQ -> { return constant(r, op, false); }
                case ULE -> { if (negative) return constant(r, op, false); }
                case SLE -> { if (negative) pred = SLT; }
                case ULT -> {
                    if (negative) return constant(r, op, false);
                    pred = ULE;
                }
                case SLT -> { if (!negative) pred = SLE; }
                case UGT -> { if (negative) return constant(r, op, true); }
                case SGT -> { if (negative) pred = SGE; }
                case UGE -> {
                    if (negative) return constant(r, op, true);
                    pred = UGT;
                }
                case SGE -> { if (!negative) pred = SGT; }
                default -> { }
            }
        }
        Value k = ArithPatterns.constant(r, op.location(), ConstAttrs.intAttr(intTy, rhsInt), intTy);
        Operation cmp = r.create("arith.cmpi", op.location(), List.of(intVal, k), List.of(op.result(0).type()),
            "predicate", IntegerAttr.of(IntegerType.I64, pred));
        r.replaceOp(op, cmp);
        return true;
    }

    private static boolean constant(PatternRewriter r, Operation op, boolean value) {
        Value c = ArithPatterns.constant(r, op.location(), IntegerAttr.bool(value), IntegerType.I1);
        r.replaceOp(op, List.of(c));
        return true;
    }
}
