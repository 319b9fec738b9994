package org.jmlir.dialect.math;

import static org.jmlir.dialect.arith.ArithTypes.BOOL_LIKE;
import static org.jmlir.dialect.arith.ArithTypes.FLOAT_LIKE;
import static org.jmlir.dialect.arith.ArithTypes.INT_LIKE;
import static org.jmlir.ods.Trait.PURE;
import static org.jmlir.ods.Trait.SAME_OPERANDS_AND_RESULT_SHAPE;
import static org.jmlir.ods.Trait.SAME_OPERANDS_AND_RESULT_TYPE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jmlir.dialect.arith.ArithAttrs;
import org.jmlir.dialect.arith.ArithTypes;
import org.jmlir.dialect.arith.FastMathAttr;
import org.jmlir.dialect.arith.OpTraits;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ods.OpAsmHooks;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;
import org.jmlir.text.format.FormatHints;

/**
 * Upstream MLIR's {@code math} dialect: elementwise math functions on scalars, vectors and tensors. Float ops carry
 * arith's fast-math flags ({@code #arith.fastmath}), printed {@code fastmath<fast>} when not {@code none}.
 */
public final class MathDialect extends Dialect {
    private static final Trait[] ELEMENTWISE = {PURE, OpTraits.ELEMENTWISE, new Trait("Scalarizable"),
        new Trait("Vectorizable"), new Trait("Tensorizable")};
    private static final String FASTMATH = "(`fastmath` `` $fastmath^)?";

    /** Every op of the dialect may be inlined into any region (upstream's inliner interface says the same). */
    @Override
    public org.jmlir.iface.DialectInlinerInterface inlinerInterface() {
        return org.jmlir.iface.DialectInlinerInterface.ALL_LEGAL;
    }

    @Override public String namespace() { return "math"; }

    @Override
    public List<OpDef> operations() {
        List<OpDef> ops = new ArrayList<>();
        for (String[] u : new String[][] {
            {"absf", "floating point absolute-value operation"}, {"acos", "arccosine of the given value"},
            {"acosh", "Hyperbolic arc cosine of the given value"}, {"asin", "arcus sine of the given value"},
            {"asinh", "hyperbolic arcus sine of the given value"}, {"atan", "arcus tangent of the given value"},
            {"atanh", "hyperbolic arcus tangent of the given value"}, {"cbrt", "cube root of the specified value"},
            {"ceil", "ceiling of the specified value"}, {"cos", "cosine of the specified value"},
            {"cosh", "hyperbolic cosine of the specified value"}, {"erf", "error function of the specified value"},
            {"erfc", "complementary error function of the specified value"},
            {"exp", "base-e exponential of the specified value"}, {"exp2", "base-2 exponential of the specified value"},
            {"expm1", "base-e exponential of the specified value minus 1"}, {"floor", "floor of the specified value"},
            {"log", "base-e logarithm of the specified value"}, {"log10", "base-10 logarithm of the specified value"},
            {"log1p", "Computes the natural logarithm of one plus the given value"},
            {"log2", "base-2 logarithm of the specified value"}, {"round", "round of the specified value"},
            {"roundeven", "round of the specified value with halfway cases to even"},
            {"rsqrt", "reciprocal of sqrt (1 / sqrt of the specified value)"}, {"sin", "sine of the specified value"},
            {"sinh", "hyperbolic sine of the specified value"}, {"sqrt", "sqrt of the specified value"},
            {"tan", "tangent of the specified value"}, {"tanh", "hyperbolic tangent of the specified value"},
            {"trunc", "trunc of the specified value"}}) {
            ops.add(floatOp(u[0], u[1], "operand").assemblyFormat(
                "$operand " + FASTMATH + " attr-dict `:` type($result)").build());
        }
        for (String[] b : new String[][] {{"atan2", "2-argument arcus tangent of the given values"},
            {"copysign", "A copysign operation"}, {"powf", "floating point raised to the power of operation"}}) {
            ops.add(floatOp(b[0], b[1], "lhs", "rhs").assemblyFormat(
                "$lhs `,` $rhs " + FASTMATH + " attr-dict `:` type($result)").build());
        }
        ops.add(floatOp("fma", "floating point fused multipy-add operation", "a", "b", "c")
            .assemblyFormat("$a `,` $b `,` $c " + FASTMATH + " attr-dict `:` type($result)").build());
        ops.add(floatOp("clampf", "floating point clamping operation", "input", "min", "max")
            .assemblyFormat("$input `to` ` ` `[` $min `,` $max `]` " + FASTMATH + " attr-dict `:` type($result)")
            .build());
        for (String[] u : new String[][] {{"absi", "integer absolute-value operation"},
            {"ctlz", "counts the leading zeros an integer value"}, {"cttz", "counts the trailing zeros an integer value"},
            {"ctpop", "counts the number of set bits of an integer value"}}) {
            ops.add(MathHooks.builder("math." + u[0]).summary(u[1]).operand("operand", INT_LIKE).result("result", INT_LIKE)
                .traits(SAME_OPERANDS_AND_RESULT_TYPE).traits(ELEMENTWISE)
                .assemblyFormat("$operand attr-dict `:` type($result)").build());
        }
        ops.add(MathHooks.builder("math.ipowi").summary("signed integer raised to the power of operation")
            .operand("lhs", INT_LIKE).operand("rhs", INT_LIKE).result("result", INT_LIKE)
            .traits(SAME_OPERANDS_AND_RESULT_TYPE).traits(ELEMENTWISE)
            .assemblyFormat("$lhs `,` $rhs attr-dict `:` type($result)").build());
        ops.add(MathHooks.builder("math.fpowi").summary("floating point raised to the signed integer power")
            .operand("lhs", FLOAT_LIKE).operand("rhs", INT_LIKE)
            .defaultAttr("fastmath", ArithAttrs.FASTMATH, FastMathAttr.NONE).result("result", FLOAT_LIKE)
            .traits(OpTraits.allTypesMatch("lhs", "result"), SAME_OPERANDS_AND_RESULT_SHAPE).traits(ELEMENTWISE)
            .implement(FormatHints.class, FormatHints.builder().allTypesMatch("lhs", "result").build())
            .assemblyFormat("$lhs `,` $rhs " + FASTMATH + " attr-dict `:` type($lhs) `,` type($rhs)").build());
        for (String[] c : new String[][] {{"isfinite", "returns true if the operand classifies as finite"},
            {"isinf", "returns true if the operand classifies as infinite"},
            {"isnan", "returns true if the operand classifies as NaN"},
            {"isnormal", "returns true if the operand classifies as normal"}}) {
            ops.add(MathHooks.builder("math." + c[0]).summary(c[1]).operand("operand", FLOAT_LIKE)
                .defaultAttr("fastmath", ArithAttrs.FASTMATH, FastMathAttr.NONE).result("result", BOOL_LIKE)
                .traits(OpTraits.typesMatchWith("result type has i1 element type and same shape as operands",
                    "operand", "result", ArithTypes::i1SameShape)).traits(ELEMENTWISE)
                .implement(FormatHints.class,
                    FormatHints.builder().typesMatchWith("operand", "result", ArithTypes::i1SameShape).build())
                .assemblyFormat("$operand attr-dict `:` type($operand)").build());
        }
        ops.add(MathHooks.builder("math.sincos").summary("sine and cosine of the specified value")
            .operand("operand", FLOAT_LIKE).defaultAttr("fastmath", ArithAttrs.FASTMATH, FastMathAttr.NONE)
            .result("sin", FLOAT_LIKE).result("cos", FLOAT_LIKE)
            .traits(OpTraits.allTypesMatch("operand", "sin", "cos")).traits(ELEMENTWISE)
            .implement(FormatHints.class, FormatHints.builder().allTypesMatch("operand", "sin", "cos").build())
            .implement(OpAsmHooks.class, new OpAsmHooks() {
                @Override public void resultNames(Operation op, BiConsumer<Value, String> setName) {
                    setName.accept(op.result(0), "sin");
                    setName.accept(op.result(1), "cos");
                }
            })
            .assemblyFormat("$operand " + FASTMATH + " attr-dict `:` type($operand)").build());
        return ops;
    }

    /** Folded values become arith.constant, as upstream. */
    @Override
    public Operation materializeConstant(org.jmlir.ir.Builder builder, org.jmlir.ir.attr.Attribute value,
                                         org.jmlir.ir.type.Type type, org.jmlir.ir.attr.Location loc) {
        return org.jmlir.dialect.arith.ArithConstants.materialize(builder, value, type, loc);
    }

    /** Upstream's Math_Float{Unary,Binary,Ternary}Op: same-typed float-like values and fast-math flags. */
    private static OpDef.Builder floatOp(String name, String summary, String... operands) {
        OpDef.Builder b = MathHooks.builder("math." + name).summary(summary);
        for (String o : operands) b.operand(o, FLOAT_LIKE);
        return b.defaultAttr("fastmath", ArithAttrs.FASTMATH, FastMathAttr.NONE).result("result", FLOAT_LIKE)
            .traits(SAME_OPERANDS_AND_RESULT_TYPE).traits(ELEMENTWISE);
    }
}
