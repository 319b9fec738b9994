package org.jmlir.dialect.arith;

import static org.jmlir.dialect.arith.ArithDialect.ELEMENTWISE_MAPPABLE;
import static org.jmlir.dialect.arith.ArithTypes.BOOL_LIKE;
import static org.jmlir.dialect.arith.ArithTypes.INT_LIKE;
import static org.jmlir.ods.Trait.COMMUTATIVE;
import static org.jmlir.ods.Trait.PURE;
import static org.jmlir.ods.Trait.SAME_OPERANDS_AND_RESULT_TYPE;

import java.util.List;
import java.util.function.BiConsumer;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpAsmHooks;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.jmlir.text.format.FormatHints;

/** Integer arithmetic: upstream's Arith_IntBinaryOp family and the extended (two-result) ops. */
final class ArithIntOps {
    private ArithIntOps() {}

    static final Trait IDEMPOTENT = Trait.IDEMPOTENT;
    static final Trait SPECULATABLE_IF = new Trait("ConditionallySpeculatable");

    static List<OpDef> all() {
        return List.of(
            withOverflow("addi", "integer addition operation", COMMUTATIVE),
            withOverflow("subi", "integer subtraction operation"),
            withOverflow("muli", "integer multiplication operation", COMMUTATIVE),
            withOverflow("shli", "integer left-shift"),
            withExact("divui", "unsigned integer division operation", SPECULATABLE_IF),
            withExact("divsi", "signed integer division operation", SPECULATABLE_IF),
            withExact("shrui", "unsigned integer right-shift", PURE),
            withExact("shrsi", "signed integer right-shift", PURE),
            binary("ceildivui", "unsigned ceil integer division operation", SPECULATABLE_IF),
            binary("ceildivsi", "signed ceil integer division operation", SPECULATABLE_IF),
            binary("floordivsi", "signed floor integer division operation", PURE),
            binary("remui", "unsigned integer division remainder operation", PURE),
            binary("remsi", "signed integer division remainder operation", PURE),
            binary("andi", "integer binary and", PURE, COMMUTATIVE, IDEMPOTENT),
            binary("ori", "integer binary or", PURE, COMMUTATIVE, IDEMPOTENT),
            binary("xori", "integer binary xor", PURE, COMMUTATIVE),
            binary("maxsi", "signed integer maximum operation", PURE, COMMUTATIVE),
            binary("maxui", "unsigned integer maximum operation", PURE, COMMUTATIVE),
            binary("minsi", "signed integer minimum operation", PURE, COMMUTATIVE),
            binary("minui", "unsigned integer minimum operation", PURE, COMMUTATIVE),
            ArithHooks.builder("arith.addui_extended")
                .summary("extended unsigned integer addition operation returning sum and overflow bit")
                .operand("lhs", INT_LIKE).operand("rhs", INT_LIKE)
                .result("sum", INT_LIKE).result("overflow", BOOL_LIKE)
                .traits(OpTraits.allTypesMatch("lhs", "rhs", "sum"), PURE, COMMUTATIVE).traits(ELEMENTWISE_MAPPABLE)
                .implement(FormatHints.class, FormatHints.builder().allTypesMatch("lhs", "rhs", "sum").build())
                .implement(OpAsmHooks.class, names("sum", "overflow"))
                .assemblyFormat("$lhs `,` $rhs attr-dict `:` type($sum) `,` type($overflow)").build(),
            extendedMul("mulsi_extended", "extended signed integer multiplication operation"),
            extendedMul("mului_extended", "extended unsigned integer multiplication operation"));
    }

    /** Upstream's Arith_IntBinaryOp: same-typed signless-integer-like operands and result. */
    private static OpDef.Builder base(String name, String summary, Trait... traits) {
        return ArithHooks.builder("arith." + name).summary(summary)
            .operand("lhs", INT_LIKE).operand("rhs", INT_LIKE).result("result", INT_LIKE)
            .traits(traits).traits(SAME_OPERANDS_AND_RESULT_TYPE).traits(ELEMENTWISE_MAPPABLE);
    }

    private static OpDef binary(String name, String summary, Trait... traits) {
        return base(name, summary, traits).assemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)").build();
    }

    /** Ops with {@code overflow<nsw, nuw>} flags (Arith_IntBinaryOpWithOverflowFlags). */
    private static OpDef withOverflow(String name, String summary, Trait... traits) {
        return ArithHooks.builder("arith." + name).summary(summary)
            .operand("lhs", INT_LIKE).operand("rhs", INT_LIKE)
            .defaultAttr("overflowFlags", ArithAttrs.OVERFLOW, OverflowAttr.NONE).result("result", INT_LIKE)
            .traits(traits).traits(PURE, SAME_OPERANDS_AND_RESULT_TYPE).traits(ELEMENTWISE_MAPPABLE)
            .assemblyFormat("$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)").build();
    }

    /** Ops with the {@code exact} unit flag (Arith_IntBinaryOpWithExactFlag). */
    private static OpDef withExact(String name, String summary, Trait... traits) {
        return ArithHooks.builder("arith." + name).summary(summary)
            .operand("lhs", INT_LIKE).operand("rhs", INT_LIKE)
            .optionalAttr("isExact", Constraints.UNIT_ATTR).result("result", INT_LIKE)
            .traits(traits).traits(SAME_OPERANDS_AND_RESULT_TYPE).traits(ELEMENTWISE_MAPPABLE)
            .assemblyFormat("$lhs `,` $rhs (`exact` $isExact^)? attr-dict `:` type($result)").build();
    }

    private static OpDef extendedMul(String name, String summary) {
        return ArithHooks.builder("arith." + name).summary(summary)
            .operand("lhs", INT_LIKE).operand("rhs", INT_LIKE).result("low", INT_LIKE).result("high", INT_LIKE)
            .traits(OpTraits.allTypesMatch("lhs", "rhs", "low", "high"), PURE, COMMUTATIVE)
            .traits(ELEMENTWISE_MAPPABLE)
            .implement(FormatHints.class, FormatHints.builder().allTypesMatch("lhs", "rhs", "low", "high").build())
            .implement(OpAsmHooks.class, names("low", "high"))
            .assemblyFormat("$lhs `,` $rhs attr-dict `:` type($lhs)").build();
    }

    /** Result name hints, one per result ({@code %low, %high = ...}). */
    static OpAsmHooks names(String... names) {
        return new OpAsmHooks() {
            @Override
            public void resultNames(Operation op, BiConsumer<Value, String> setName) {
                for (int i = 0; i < names.length && i < op.numResults(); i++) setName.accept(op.result(i), names[i]);
            }
        };
    }
}
