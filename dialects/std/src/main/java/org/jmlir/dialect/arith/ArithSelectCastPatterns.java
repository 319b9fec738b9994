package org.jmlir.dialect.arith;

import static org.jmlir.dialect.arith.ArithPatterns.constant;
import static org.jmlir.dialect.arith.ArithPatterns.definedBy;
import static org.jmlir.dialect.arith.ConstAttrs.element;
import static org.jmlir.dialect.arith.ConstAttrs.intWidth;

import java.util.List;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;
import org.jmlir.rewrite.Folding;
import org.jmlir.rewrite.PatternRewriter;
import org.jmlir.rewrite.RewritePattern;

/** arith's canonicalizations of comparisons, select, bitwise ops of extensions, casts and the extended ops. */
final class ArithSelectCastPatterns {
    private ArithSelectCastPatterns() {}

    interface Adder {
        void add(String debugName, String root, RewritePattern.Body body);
    }

    private static Operation replaceWith(PatternRewriter r, Operation op, String name, List<Value> operands, Type type,
                                         Object... attrs) {
        Operation n = r.create(name, op.location(), operands, List.of(type), attrs);
        r.replaceOp(op, n);
        return n;
    }

    /** {@code name} and its value on {@code op}, to pass on to a replacement; nothing when it is absent. */
    private static Object[] kept(Operation op, String name) {
        Attribute a = op.attr(name);
        return a == null ? new Object[0] : new Object[] {name, a};
    }

    private static boolean isTrueScalar(Value v) {
        return Folding.constantValue(v) instanceof IntegerAttr i && i.type().equals(IntegerType.I1)
            && i.value().signum() != 0;
    }

    private static boolean isFalseScalar(Value v) {
        return Folding.constantValue(v) instanceof IntegerAttr i && i.type().equals(IntegerType.I1)
            && i.value().signum() == 0;
    }

    /** {@code xori(x, true)}: returns x, else null. */
    private static Value notOf(Value v) {
        Operation x = definedBy(v, "arith.xori");
        return x != null && isTrueScalar(x.operand(1)) ? x.operand(0) : null;
    }

    static void register(Adder add) {
        // xori(cmpi(pred, a, b), true) -> cmpi(~pred, a, b)
        add.add("XOrINotCmpI", "arith.xori", (op, r) -> {
            Operation cmp = definedBy(op.operand(0), "arith.cmpi");
            if (cmp == null || !isTrueScalar(op.operand(1))) return false;
            int inv = IntSemantics.inverted(ArithFolders.predicate(cmp));
            replaceWith(r, op, "arith.cmpi", List.of(cmp.operand(0), cmp.operand(1)), op.result(0).type(),
                "predicate", IntegerAttr.of(IntegerType.I64, inv));
            return true;
        });
        // cmpi(eq|ne, ext(a), ext(b)) -> cmpi(eq|ne, a, b) for the same extension of the same type
        for (String ext : new String[] {"arith.extsi", "arith.extui"}) {
            add.add(ext.equals("arith.extsi") ? "CmpIExtSI" : "CmpIExtUI", "arith.cmpi", (op, r) -> {
                int pred = ArithFolders.predicate(op);
                if (pred != 0 && pred != 1) return false;
                Operation a = definedBy(op.operand(0), ext), b = definedBy(op.operand(1), ext);
                if (a == null || b == null || !a.operand(0).type().equals(b.operand(0).type())) return false;
                replaceWith(r, op, "arith.cmpi", List.of(a.operand(0), b.operand(0)), op.result(0).type(),
                    "predicate", op.attr("predicate"));
                return true;
            });
        }
        // andi/ori/xori(ext(x), ext(y)) -> ext(andi/ori/xori(x, y)) for the same extension of the same type
        for (String logic : new String[] {"arith.andi", "arith.ori", "arith.xori"}) {
            for (String ext : new String[] {"arith.extui", "arith.extsi"}) {
                String name = switch (logic) {
                    case "arith.andi" -> "AndOf";
                    case "arith.ori" -> "OrOf";
                    default -> "XOrIOf";
                } + (ext.equals("arith.extui") ? "ExtUI" : "ExtSI");
                add.add(name, logic, (op, r) -> {
                    Operation a = definedBy(op.operand(0), ext), b = definedBy(op.operand(1), ext);
                    if (a == null || b == null || !a.operand(0).type().equals(b.operand(0).type())) return false;
                    Value inner = r.create(logic, op.location(), List.of(a.operand(0), b.operand(0)),
                        List.of(a.operand(0).type())).result(0);
                    replaceWith(r, op, ext, List.of(inner), op.result(0).type());
                    return true;
                });
            }
        }
        selectPatterns(add);
        castPatterns(add);
        floatPatterns(add);
        extendedPatterns(add);
    }

    private static void selectPatterns(Adder add) {
        // select(pred, select(pred, a, b), c) -> select(pred, a, c)
        add.add("RedundantSelectTrue", "arith.select", (op, r) -> {
            Operation inner = definedBy(op.operand(1), "arith.select");
            if (inner == null || inner.operand(0) != op.operand(0)) return false;
            replaceWith(r, op, "arith.select", List.of(op.operand(0), inner.operand(1), op.operand(2)),
                op.result(0).type());
            return true;
        });
        // select(pred, a, select(pred, b, c)) -> select(pred, a, c)
        add.add("RedundantSelectFalse", "arith.select", (op, r) -> {
            Operation inner = definedBy(op.operand(2), "arith.select");
            if (inner == null || inner.operand(0) != op.operand(0)) return false;
            replaceWith(r, op, "arith.select", List.of(op.operand(0), op.operand(1), inner.operand(2)),
                op.result(0).type());
            return true;
        });
        // select(not(pred), a, b) -> select(pred, b, a)
        add.add("SelectNotCond", "arith.select", (op, r) -> {
            Value pred = notOf(op.operand(0));
            if (pred == null) return false;
            replaceWith(r, op, "arith.select", List.of(pred, op.operand(2), op.operand(1)), op.result(0).type());
            return true;
        });
        // select(pred, false, true) -> xori(pred, true)
        add.add("SelectI1ToNot", "arith.select", (op, r) -> {
            if (!isFalseScalar(op.operand(1)) || !isTrueScalar(op.operand(2))) return false;
            Value t = constant(r, op.location(), IntegerAttr.TRUE, IntegerType.I1);
            replaceWith(r, op, "arith.xori", List.of(op.operand(0), t), op.result(0).type());
            return true;
        });
        // select(c, 1, 0) : iN -> extui(c) ; select(c, 0, 1) -> extui(xori(c, true))
        add.add("SelectToExtUI", "arith.select", (op, r) -> {
            Type t = op.result(0).type();
            if (!(t instanceof IntegerType it) || it.width() == 1) return false;
            Attribute tv = Folding.constantValue(op.operand(1)), fv = Folding.constantValue(op.operand(2));
            if (ConstAttrs.isOne(tv) && ConstAttrs.isZero(fv)) {
                replaceWith(r, op, "arith.extui", List.of(op.operand(0)), t);
                return true;
            }
            if (ConstAttrs.isZero(tv) && ConstAttrs.isOne(fv)) {
                Type ct = op.operand(0).type();
                Value one = constant(r, op.location(), ConstAttrs.intAttr(ct, 1), ct);
                Value not = r.create("arith.xori", op.location(), List.of(op.operand(0), one), List.of(ct)).result(0);
                replaceWith(r, op, "arith.extui", List.of(not), t);
                return true;
            }
            return false;
        });
    }

    private static void castPatterns(Adder add) {
        // extsi(extui(x)) -> extui(x)
        add.add("ExtSIOfExtUI", "arith.extsi", (op, r) -> {
            Operation inner = definedBy(op.operand(0), "arith.extui");
            if (inner == null) return false;
            replaceWith(r, op, "arith.extui", List.of(inner.operand(0)), op.result(0).type());
            return true;
        });
        // trunci(ext(x)) -> ext(x) when x is narrower than the result
        for (String ext : new String[] {"arith.extsi", "arith.extui"}) {
            add.add(ext.equals("arith.extsi") ? "TruncIExtSIToExtSI" : "TruncIExtUIToExtUI", "arith.trunci",
                (op, r) -> {
                    Operation inner = definedBy(op.operand(0), ext);
                    if (inner == null) return false;
                    if (intWidth(element(inner.operand(0).type())) >= intWidth(element(op.result(0).type()))) {
                        return false;
                    }
                    replaceWith(r, op, ext, List.of(inner.operand(0)), op.result(0).type());
                    return true;
                });
        }
        // trunci(shrsi(x, c)) -> trunci(shrui(x, c)) when c is exactly the number of truncated bits
        add.add("TruncIShrSIToTrunciShrUI", "arith.trunci", (op, r) -> {
            Operation shr = definedBy(op.operand(0), "arith.shrsi");
            if (shr == null) return false;
            Attribute c = Folding.constantValue(shr.operand(1));
            java.math.BigInteger amount = ConstAttrs.intValue(c);
            int from = intWidth(element(shr.operand(0).type())), to = intWidth(element(op.result(0).type()));
            if (amount == null || !amount.equals(java.math.BigInteger.valueOf(from - to))) return false;
            Value k = constant(r, op.location(), c, shr.operand(1).type());
            Value shrui = r.create("arith.shrui", op.location(), List.of(shr.operand(0), k),
                List.of(shr.result(0).type())).result(0);
            replaceWith(r, op, "arith.trunci", List.of(shrui), op.result(0).type(), kept(op, "overflowFlags"));
            return true;
        });
        // index_cast(index_cast(x)) -> x ; index_cast(extsi(x)) -> index_cast(x) (and the unsigned twins)
        for (String[] c : new String[][] {{"arith.index_cast", "arith.extsi", "IndexCast"},
            {"arith.index_castui", "arith.extui", "IndexCastUI"}}) {
            String cast = c[0], ext = c[1];
            add.add(c[2] + "Of" + c[2], cast, (op, r) -> {
                Operation inner = definedBy(op.operand(0), cast);
                if (inner == null || !inner.operand(0).type().equals(op.result(0).type())) return false;
                r.replaceOp(op, List.of(inner.operand(0)));
                return true;
            });
            add.add(c[2] + "Of" + (ext.equals("arith.extsi") ? "ExtSI" : "ExtUI"), cast, (op, r) -> {
                Operation inner = definedBy(op.operand(0), ext);
                if (inner == null) return false;
                replaceWith(r, op, cast, List.of(inner.operand(0)), op.result(0).type());
                return true;
            });
        }
        // bitcast(bitcast(x)) -> x or bitcast(x)
        add.add("BitcastOfBitcast", "arith.bitcast", (op, r) -> {
            Operation inner = definedBy(op.operand(0), "arith.bitcast");
            if (inner == null) return false;
            Value src = inner.operand(0);
            if (src.type().equals(op.result(0).type())) r.replaceOp(op, List.of(src));
            else replaceWith(r, op, "arith.bitcast", List.of(src), op.result(0).type());
            return true;
        });
    }

    private static void floatPatterns(Adder add) {
        // mulf/divf(negf(x), negf(y)) -> mulf/divf(x, y), keeping the outer op's fast-math flags
        for (String name : new String[] {"arith.mulf", "arith.divf"}) {
            add.add(name.equals("arith.mulf") ? "MulFOfNegF" : "DivFOfNegF", name, (op, r) -> {
                Operation a = definedBy(op.operand(0), "arith.negf"), b = definedBy(op.operand(1), "arith.negf");
                if (a == null || b == null || !a.operand(0).type().equals(b.operand(0).type())) return false;
                replaceWith(r, op, name, List.of(a.operand(0), b.operand(0)), op.result(0).type(),
                    kept(op, "fastmath"));
                return true;
            });
        }
        // truncf(sitofp(x)) -> sitofp(x), truncf(uitofp(x)) -> uitofp(x), under the default rounding mode
        for (String conv : new String[] {"arith.sitofp", "arith.uitofp"}) {
            add.add(conv.equals("arith.sitofp") ? "TruncFSIToFPToSIToFP" : "TruncFUIToFPToUIToFP", "arith.truncf",
                (op, r) -> {
                    Operation inner = definedBy(op.operand(0), conv);
                    if (inner == null || op.attr("roundingmode") != null) return false;
                    replaceWith(r, op, conv, List.of(inner.operand(0)), op.result(0).type());
                    return true;
                });
        }
    }

    private static void extendedPatterns(Adder add) {
        // addui_extended whose overflow is unused -> addi
        add.add("AddUIExtendedToAddI", "arith.addui_extended", (op, r) -> {
            if (op.result(1).hasUses()) return false;
            Operation add2 = r.create("arith.addi", op.location(), List.of(op.operand(0), op.operand(1)),
                List.of(op.result(0).type()));
            r.replaceOp(op, List.of(add2.result(0), op.result(1)));
            return true;
        });
        for (String name : new String[] {"arith.mulsi_extended", "arith.mului_extended"}) {
            add.add(name.contains("si") ? "MulSIExtendedToMulI" : "MulUIExtendedToMulI", name, (op, r) -> {
                if (op.result(1).hasUses()) return false;
                Operation mul = r.create("arith.muli", op.location(), List.of(op.operand(0), op.operand(1)),
                    List.of(op.result(0).type()));
                r.replaceOp(op, List.of(mul.result(0), op.result(1)));
                return true;
            });
        }
        // mulsi_extended(x, 1) -> x, extsi(cmpi slt(x, 0))
        add.add("MulSIExtendedRHSOne", "arith.mulsi_extended", (op, r) -> {
            if (!ConstAttrs.isOne(Folding.constantValue(op.operand(1)))) return false;
            Type t = op.result(0).type();
            Attribute zero = ConstAttrs.zero(t);
            if (zero == null || intWidth(element(t)) == 1) return false;
            Value z = constant(r, op.location(), zero, t);
            Value neg = r.create("arith.cmpi", op.location(), List.of(op.operand(0), z),
                List.of(ArithTypes.i1SameShape(t)), "predicate", IntegerAttr.of(IntegerType.I64, 2)).result(0);
            Value high = r.create("arith.extsi", op.location(), List.of(neg), List.of(t)).result(0);
            r.replaceOp(op, List.of(op.operand(0), high));
            return true;
        });
    }
}
