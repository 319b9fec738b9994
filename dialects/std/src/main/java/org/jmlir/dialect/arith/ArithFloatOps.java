package org.jmlir.dialect.arith;

import static org.jmlir.dialect.arith.ArithDialect.ELEMENTWISE_MAPPABLE;
import static org.jmlir.dialect.arith.ArithTypes.FLOAT_LIKE;
import static org.jmlir.ods.Trait.COMMUTATIVE;
import static org.jmlir.ods.Trait.PURE;
import static org.jmlir.ods.Trait.SAME_OPERANDS_AND_RESULT_TYPE;

import java.util.List;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;

/** Float arithmetic with fast-math flags: upstream's Arith_FloatBinaryOp and Arith_FloatUnaryOp families. */
final class ArithFloatOps {
    private ArithFloatOps() {}

    static List<OpDef> all() {
        return List.of(
            binary("addf", "floating point addition operation", COMMUTATIVE),
            binary("subf", "floating point subtraction operation"),
            binary("mulf", "floating point multiplication operation", COMMUTATIVE),
            binary("divf", "floating point division operation"),
            binary("remf", "floating point division remainder operation"),
            binary("maximumf", "floating-point maximum operation", COMMUTATIVE),
            binary("minimumf", "floating-point minimum operation", COMMUTATIVE),
            binary("maxnumf", "floating-point maximum operation", COMMUTATIVE),
            binary("minnumf", "floating-point minimum operation", COMMUTATIVE),
            ArithHooks.builder("arith.negf").summary("floating point negation")
                .operand("operand", FLOAT_LIKE).defaultAttr("fastmath", ArithAttrs.FASTMATH, FastMathAttr.NONE)
                .result("result", FLOAT_LIKE)
                .traits(PURE, SAME_OPERANDS_AND_RESULT_TYPE).traits(ELEMENTWISE_MAPPABLE)
                .assemblyFormat("$operand (`fastmath` `` $fastmath^)? attr-dict `:` type($result)").build());
    }

    private static OpDef binary(String name, String summary, Trait... traits) {
        return ArithHooks.builder("arith." + name).summary(summary)
            .operand("lhs", FLOAT_LIKE).operand("rhs", FLOAT_LIKE)
            .defaultAttr("fastmath", ArithAttrs.FASTMATH, FastMathAttr.NONE).result("result", FLOAT_LIKE)
            .traits(traits).traits(PURE, SAME_OPERANDS_AND_RESULT_TYPE).traits(ELEMENTWISE_MAPPABLE)
            .assemblyFormat("$lhs `,` $rhs (`fastmath` `` $fastmath^)? attr-dict `:` type($result)").build();
    }
}
