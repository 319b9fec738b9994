package org.jmlir.dialect.arith;

import static org.jmlir.dialect.arith.ArithDialect.ELEMENTWISE_MAPPABLE;
import static org.jmlir.dialect.arith.ArithTypes.BOOL_LIKE;
import static org.jmlir.dialect.arith.ArithTypes.FLOAT_LIKE;
import static org.jmlir.dialect.arith.ArithTypes.INT_LIKE;
import static org.jmlir.ods.Trait.PURE;
import static org.jmlir.ods.Trait.SAME_TYPE_OPERANDS;

import java.util.List;
import java.util.function.BiConsumer;
import org.jmlir.asm.AsmText;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.DenseElementsAttr;
import org.jmlir.ir.attr.FloatAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.RankedTensorType;
import org.jmlir.ir.type.ShapedType;
import org.jmlir.ir.type.Type;
import org.jmlir.ir.type.UnrankedTensorType;
import org.jmlir.ir.type.VectorType;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpAsmHooks;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.jmlir.text.format.FormatHints;

/** arith.constant, the comparisons and arith.select. */
final class ArithOtherOps {
    private ArithOtherOps() {}

    private static final String I1_SAME_SHAPE = "result type has i1 element type and same shape as operands";

    static List<OpDef> all() {
        return List.of(
            ArithHooks.builder("arith.constant").summary("integer or floating point constant")
                .attr("value", Constraints.TYPED_ATTR).result("result", Constraints.ANY)
                .traits(OpTraits.allTypesMatch("value", "result"), Trait.CONSTANT_LIKE, PURE)
                .verifier(ArithOtherOps::verifyConstant)
                .implement(OpAsmHooks.class, CONSTANT_NAMES)
                .implement(FormatHints.class, FormatHints.builder().allTypesMatch("value", "result").build())
                .assemblyFormat("attr-dict $value").build(),
            ArithHooks.builder("arith.cmpi").summary("integer comparison operation")
                .attr("predicate", ArithAttrs.CMPI_PREDICATE)
                .operand("lhs", INT_LIKE).operand("rhs", INT_LIKE).result("result", BOOL_LIKE)
                .traits(OpTraits.typesMatchWith(I1_SAME_SHAPE, "lhs", "result", ArithTypes::i1SameShape), PURE,
                    SAME_TYPE_OPERANDS).traits(ELEMENTWISE_MAPPABLE)
                .implement(FormatHints.class, compareHints(ArithAttrs.CMPI_PREDICATES))
                .assemblyFormat("$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)").build(),
            ArithHooks.builder("arith.cmpf").summary("floating-point comparison operation")
                .attr("predicate", ArithAttrs.CMPF_PREDICATE)
                .operand("lhs", FLOAT_LIKE).operand("rhs", FLOAT_LIKE)
                .defaultAttr("fastmath", ArithAttrs.FASTMATH, FastMathAttr.NONE).result("result", BOOL_LIKE)
                .traits(OpTraits.typesMatchWith(I1_SAME_SHAPE, "lhs", "result", ArithTypes::i1SameShape), PURE,
                    SAME_TYPE_OPERANDS).traits(ELEMENTWISE_MAPPABLE)
                .implement(FormatHints.class, compareHints(ArithAttrs.CMPF_PREDICATES))
                .assemblyFormat("$predicate `,` $lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($lhs)")
                .build(),
            ArithHooks.builder("arith.select").summary("select operation")
                .operand("condition", BOOL_LIKE).operand("true_value", Constraints.ANY)
                .operand("false_value", Constraints.ANY).result("result", Constraints.ANY)
                .traits(OpTraits.allTypesMatch("true_value", "false_value", "result"),
                    OpTraits.pred("condition is signless i1 or has matching shape", ArithOtherOps::conditionFits),
                    PURE).traits(ELEMENTWISE_MAPPABLE)
                .verifier(ArithOtherOps::verifySelect)
                .customAssembly(new SelectSyntax()).build());
    }

    private static FormatHints compareHints(List<String> predicates) {
        return ArithAttrs.enumSpelling(FormatHints.builder(), "predicate", IntegerType.I64, predicates, true)
            .typesMatchWith("lhs", "result", ArithTypes::i1SameShape).build();
    }

    /** Upstream's names: {@code %c42_i32}, {@code %c42} (index), {@code %true}/{@code %false}, else {@code %cst}. */
    private static final OpAsmHooks CONSTANT_NAMES = new OpAsmHooks() {
        @Override
        public void resultNames(Operation op, BiConsumer<Value, String> setName) {
            if (op.numResults() != 1) return;
            Type type = op.result(0).type();
            if (op.attr("value") instanceof IntegerAttr i) {
                if (type instanceof IntegerType it && it.width() == 1) {
                    setName.accept(op.result(0), i.value().signum() != 0 ? "true" : "false");
                } else {
                    setName.accept(op.result(0), "c" + i.value() + (type instanceof IntegerType ? "_" + type : ""));
                }
            } else {
                setName.accept(op.result(0), "cst");
            }
        }
    };

    private static boolean verifyConstant(Operation op) {
        Type type = op.result(0).type();
        if (type instanceof IntegerType i && !i.isSignless()) {
            return op.emitOpError("integer return type must be signless").fail();
        }
        Attribute value = op.attr("value");
        if (!(value instanceof IntegerAttr || value instanceof FloatAttr || value instanceof DenseElementsAttr)) {
            return op.emitOpError("value must be an integer, float, or elements attribute").fail();
        }
        if (type instanceof VectorType v && v.isScalable() && !(value instanceof DenseElementsAttr d && d.isSplat())) {
            return op.emitOpError("intializing scalable vectors with elements attribute is not supported unless it's "
                + "a vector splat").fail();
        }
        return true;
    }

    /** BooleanConditionOrMatchingShape: an i1 condition, or shaped condition and result of equal shapes. */
    private static boolean conditionFits(Operation op) {
        Type c = op.operand(0).type(), r = op.result(0).type();
        if (c.equals(IntegerType.I1)) return true;
        return c instanceof ShapedType cs && r instanceof ShapedType rs && cs.hasRank() == rs.hasRank()
            && cs.shape().equals(rs.shape());
    }

    private static boolean verifySelect(Operation op) {
        Type c = op.operand(0).type(), r = op.result(0).type();
        if (c.equals(IntegerType.I1)) return true;
        if (!(r instanceof VectorType || r instanceof RankedTensorType || r instanceof UnrankedTensorType)) {
            return op.emitOpError("expected condition to be a signless i1, but got " + AsmText.of(c)).fail();
        }
        Type expected = ArithTypes.i1SameShape(r);
        if (!c.equals(expected)) {
            return op.emitOpError("expected condition type to have the same shape as the result type, expected "
                + AsmText.of(expected) + ", but got " + AsmText.of(c)).fail();
        }
        return true;
    }
}
