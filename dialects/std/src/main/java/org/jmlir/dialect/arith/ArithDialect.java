package org.jmlir.dialect.arith;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.asm.AsmParser;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.type.Type;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;

/**
 * Upstream MLIR's {@code arith} dialect: integer and float arithmetic, comparisons, casts and constants on scalars
 * and, elementwise, on vectors and tensors of them. Ops are declared by family in {@link ArithIntOps},
 * {@link ArithFloatOps}, {@link ArithCastOps} and {@link ArithOtherOps}.
 */
public final class ArithDialect extends Dialect {
    /** What every arith op carries: no memory effects and elementwise mapping over vectors and tensors. */
    static final Trait[] ELEMENTWISE_MAPPABLE = {OpTraits.ELEMENTWISE, new Trait("Scalarizable"),
        new Trait("Vectorizable"), new Trait("Tensorizable")};

    /** Every op of the dialect may be inlined into any region (upstream's inliner interface says the same). */
    @Override
    public org.jmlir.iface.DialectInlinerInterface inlinerInterface() {
        return org.jmlir.iface.DialectInlinerInterface.ALL_LEGAL;
    }

    @Override public String namespace() { return "arith"; }

    @Override
    public List<OpDef> operations() {
        List<OpDef> ops = new ArrayList<>();
        ops.addAll(ArithIntOps.all());
        ops.addAll(ArithFloatOps.all());
        ops.addAll(ArithCastOps.all());
        ops.addAll(ArithOtherOps.all());
        return ops;
    }

    @Override
    public org.jmlir.ir.Operation materializeConstant(org.jmlir.ir.Builder builder, Attribute value, Type type,
                                                      org.jmlir.ir.attr.Location loc) {
        return ArithConstants.materialize(builder, value, type, loc);
    }

    /** {@code #arith.fastmath<...>} and {@code #arith.overflow<...>}; the parser is at the mnemonic. */
    @Override
    public Attribute parseAttribute(AsmParser parser, Type type) {
        var at = parser.currentLocation();
        String mnemonic = parser.parseKeyword();
        return switch (mnemonic) {
            case "fastmath" -> FastMathAttr.parseParameters(parser);
            case "overflow" -> OverflowAttr.parseParameters(parser);
            default -> throw parser.errorAt(at, "unknown attribute `" + mnemonic + "` in dialect `arith`");
        };
    }
}
