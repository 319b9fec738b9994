package org.jmlir.plugins.example;

import static org.jmlir.ods.Trait.PURE;
import static org.jmlir.ods.Trait.SAME_OPERANDS_AND_RESULT_TYPE;

import java.util.List;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpDef;
import org.jmlir.rewrite.RewritePattern;

/**
 * The {@code example} dialect: integer negation and squaring, each printed {@code example.neg %x : i32}.
 * {@code example.neg} canonicalizes {@code neg(neg(x))} to {@code x}.
 */
public final class ExampleDialect extends Dialect {
    static final String NEG = "example.neg";
    static final String SQUARE = "example.square";

    @Override public String namespace() { return "example"; }

    @Override
    public List<OpDef> operations() {
        return List.of(
            unary(NEG, "integer negation").canonicalization(DOUBLE_NEGATION).build(),
            unary(SQUARE, "integer square").build());
    }

    private static OpDef.Builder unary(String name, String summary) {
        return OpDef.builder(name).summary(summary)
            .operand("input", Constraints.SIGNLESS_INTEGER_LIKE).result("result", Constraints.SIGNLESS_INTEGER_LIKE)
            .traits(PURE, SAME_OPERANDS_AND_RESULT_TYPE)
            .assemblyFormat("$input attr-dict `:` type($result)");
    }

    /** {@code neg(neg(x)) -> x}. */
    static final RewritePattern DOUBLE_NEGATION = RewritePattern.of("ExampleDoubleNegation", NEG, (op, rewriter) -> {
        Operation inner = op.operand(0).definingOp();
        if (inner == null || !inner.name().equals(NEG)) return false;
        Value x = inner.operand(0);
        rewriter.replaceOp(op, List.of(x));
        return true;
    });
}
