package org.jmlir.dialect.arith;

import static org.jmlir.dialect.arith.ArithDialect.ELEMENTWISE_MAPPABLE;
import static org.jmlir.dialect.arith.ArithTypes.BITCAST;
import static org.jmlir.dialect.arith.ArithTypes.FIXED_INT_LIKE;
import static org.jmlir.dialect.arith.ArithTypes.FLOAT_LIKE;
import static org.jmlir.dialect.arith.ArithTypes.INDEX_CAST;
import static org.jmlir.dialect.arith.ArithTypes.bitWidth;
import static org.jmlir.dialect.arith.ArithTypes.elementOrSelf;
import static org.jmlir.ods.Trait.PURE;
import static org.jmlir.ods.Trait.SAME_OPERANDS_AND_RESULT_SHAPE;

import java.util.List;
import java.util.function.BiPredicate;
import org.jmlir.asm.AsmText;
import org.jmlir.ir.Operation;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.jmlir.ods.TypeConstraint;
import org.jmlir.text.format.FormatHints;

/**
 * Casts (upstream's Arith_CastOp family): one operand, one result of the same shape, and a CastOpInterface check of
 * the element types ("operand type 'i32' and result type 'i16' are cast incompatible").
 */
final class ArithCastOps {
    private ArithCastOps() {}

    private static final String FORMAT = "$in attr-dict `:` type($in) `to` type($out)";

    static List<OpDef> all() {
        BiPredicate<Type, Type> ints = (a, b) -> elementOrSelf(a) instanceof IntegerType
            && elementOrSelf(b) instanceof IntegerType;
        BiPredicate<Type, Type> floats = (a, b) -> elementOrSelf(a) instanceof FloatType
            && elementOrSelf(b) instanceof FloatType;
        BiPredicate<Type, Type> intToFloat = (a, b) -> elementOrSelf(a) instanceof IntegerType
            && elementOrSelf(b) instanceof FloatType;
        BiPredicate<Type, Type> floatToInt = (a, b) -> intToFloat.test(b, a);
        return List.of(
            cast("extui", "integer zero extension operation", FIXED_INT_LIKE, FIXED_INT_LIKE,
                ints.and((a, b) -> bitWidth(b) > bitWidth(a))).build(),
            cast("extsi", "integer sign extension operation", FIXED_INT_LIKE, FIXED_INT_LIKE,
                ints.and((a, b) -> bitWidth(b) > bitWidth(a))).build(),
            castBase("trunci", "integer truncation operation", FIXED_INT_LIKE, FIXED_INT_LIKE,
                ints.and((a, b) -> bitWidth(b) < bitWidth(a)))
                .defaultAttr("overflowFlags", ArithAttrs.OVERFLOW, OverflowAttr.NONE)
                .assemblyFormat("$in (`overflow` `` $overflowFlags^)? attr-dict `:` type($in) `to` type($out)")
                .build(),
            castBase("extf", "cast from floating-point to wider floating-point", FLOAT_LIKE, FLOAT_LIKE,
                floats.and((a, b) -> bitWidth(b) > bitWidth(a)))
                .optionalAttr("fastmath", ArithAttrs.FASTMATH)
                .assemblyFormat("$in (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` type($out)").build(),
            castBase("truncf", "cast from floating-point to narrower floating-point", FLOAT_LIKE, FLOAT_LIKE,
                floats.and((a, b) -> bitWidth(b) < bitWidth(a)))
                .optionalAttr("roundingmode", ArithAttrs.ROUNDING_MODE).optionalAttr("fastmath", ArithAttrs.FASTMATH)
                .implement(FormatHints.class, roundingMode())
                .assemblyFormat("$in ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `to` "
                    + "type($out)").build(),
            cast("uitofp", "cast from unsigned integer type to floating-point", FIXED_INT_LIKE, FLOAT_LIKE,
                intToFloat).build(),
            cast("sitofp", "cast from integer type to floating-point", FIXED_INT_LIKE, FLOAT_LIKE, intToFloat).build(),
            cast("fptoui", "cast from floating-point type to integer type", FLOAT_LIKE, FIXED_INT_LIKE,
                floatToInt).build(),
            cast("fptosi", "cast from floating-point type to integer type", FLOAT_LIKE, FIXED_INT_LIKE,
                floatToInt).build(),
            cast("index_cast", "cast between index and integer types", INDEX_CAST, INDEX_CAST,
                ArithCastOps::indexCastCompatible).build(),
            cast("index_castui", "unsigned cast between index and integer types", INDEX_CAST, INDEX_CAST,
                ArithCastOps::indexCastCompatible).build(),
            cast("bitcast", "bitcast between values of equal bit width", BITCAST, BITCAST,
                (a, b) -> bitWidth(a) >= 0 && bitWidth(a) == bitWidth(b)).build(),
            scaling("scaling_extf", "Upcasts input floats using provided scales values following OCP MXFP Spec",
                (a, b) -> bitWidth(b) > bitWidth(a))
                .assemblyFormat("$in `,` $scale (`fastmath` `` $fastmath^)? attr-dict `:` type($in) `,` type($scale) "
                    + "`to` type($out)").build(),
            scaling("scaling_truncf",
                "Downcasts input floating point values using provided scales values following OCP MXFP Spec",
                (a, b) -> bitWidth(b) < bitWidth(a))
                .optionalAttr("roundingmode", ArithAttrs.ROUNDING_MODE)
                .implement(FormatHints.class, roundingMode())
                .assemblyFormat("$in `,` $scale ($roundingmode^)? (`fastmath` `` $fastmath^)? attr-dict `:` type($in) "
                    + "`,` type($scale) `to` type($out)").build());
    }

    private static FormatHints roundingMode() {
        return ArithAttrs.enumSpelling(FormatHints.builder(), "roundingmode", IntegerType.I32, ArithAttrs.ROUNDING_MODES,
            false).build();
    }

    /** index to signless integer or back, elementwise, also for memrefs. */
    private static boolean indexCastCompatible(Type a, Type b) {
        Type x = elementOrSelf(a), y = elementOrSelf(b);
        return x instanceof IndexType && y instanceof IntegerType i && i.isSignless()
            || y instanceof IndexType && x instanceof IntegerType j && j.isSignless();
    }

    private static OpDef.Builder castBase(String name, String summary, TypeConstraint from, TypeConstraint to,
                                          BiPredicate<Type, Type> compatible) {
        return ArithHooks.builder("arith." + name).summary(summary).operand("in", from).result("out", to)
            .traits(OpTraits.SAME_INPUT_OUTPUT_TENSOR_DIMS, PURE, SAME_OPERANDS_AND_RESULT_SHAPE,
                castCompatible(compatible))
            .traits(ELEMENTWISE_MAPPABLE);
    }

    private static OpDef.Builder cast(String name, String summary, TypeConstraint from, TypeConstraint to,
                                      BiPredicate<Type, Type> compatible) {
        return castBase(name, summary, from, to, compatible).assemblyFormat(FORMAT);
    }

    /** The scaling casts take a scale operand; only the input's type takes part in the width check. */
    private static OpDef.Builder scaling(String name, String summary, BiPredicate<Type, Type> widths) {
        BiPredicate<Type, Type> floats = (a, b) -> elementOrSelf(a) instanceof FloatType
            && elementOrSelf(b) instanceof FloatType;
        return ArithHooks.builder("arith." + name).summary(summary)
            .operand("in", FLOAT_LIKE).operand("scale", FLOAT_LIKE).optionalAttr("fastmath", ArithAttrs.FASTMATH)
            .result("out", FLOAT_LIKE)
            .traits(OpTraits.SAME_INPUT_OUTPUT_TENSOR_DIMS, PURE, castCompatible(floats.and(widths)))
            .traits(ArithDialect.ELEMENTWISE_MAPPABLE);
    }

    /** CastOpInterface's verifier: the first operand and the result must be cast compatible. */
    static Trait castCompatible(BiPredicate<Type, Type> compatible) {
        return new Trait("CastOpInterface", (Operation op) -> {
            if (compatible.test(op.operand(0).type(), op.result(0).type())) return true;
            StringBuilder sb = new StringBuilder("operand type");
            List<Type> ins = op.operandTypes();
            sb.append(ins.size() == 1 ? " " : "s ");
            for (int i = 0; i < ins.size(); i++) sb.append(i == 0 ? "" : ", ").append('\'').append(AsmText.of(ins.get(i))).append('\'');
            sb.append(" and result type '").append(AsmText.of(op.result(0).type())).append("' are cast incompatible");
            return op.emitOpError(sb.toString()).fail();
        });
    }
}
