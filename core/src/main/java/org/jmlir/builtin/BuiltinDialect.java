package org.jmlir.builtin;

import java.util.List;
import org.jmlir.ir.Dialect;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpAsmHooks;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;

/** The builtin dialect's ops: {@code builtin.module} and {@code builtin.unrealized_conversion_cast}. */
public final class BuiltinDialect extends Dialect {
    public static final OpDef MODULE = OpDef.builder("builtin.module")
        .summary("A top level container operation")
        .optionalAttr("sym_name", Constraints.SYMBOL_NAME_ATTR)
        .optionalAttr("sym_visibility", Constraints.STRING_ATTR)
        .sizedRegion("bodyRegion", 1)
        .traits(Trait.ISOLATED_FROM_ABOVE, Trait.NO_TERMINATOR, Trait.SYMBOL_TABLE, Trait.SINGLE_BLOCK,
            Trait.GRAPH_REGIONS, Trait.AFFINE_SCOPE, Trait.NO_REGION_ARGUMENTS)
        .customAssembly(new ModuleAssembly())
        .implement(OpAsmHooks.class, new OpAsmHooks() {
            @Override
            public String defaultDialect() { return "builtin"; }
        })
        .build();

    public static final OpDef UNREALIZED_CONVERSION_CAST = OpDef.builder("builtin.unrealized_conversion_cast")
        .summary("An unrealized conversion from one set of types to another")
        .variadicOperand("inputs", Constraints.ANY)
        .variadicResult("outputs", Constraints.ANY)
        .traits(Trait.PURE).folder(BuiltinDialect::foldCast)
        .assemblyFormat("($inputs^ `:` type($inputs))? `to` type($outputs) attr-dict")
        .build();

    /**
     * Upstream's fold: a cast to the types it casts from is its inputs; a cast back of a cast whose results are
     * exactly this cast's inputs is the first cast's inputs.
     */
    private static List<org.jmlir.ir.OpFoldResult> foldCast(org.jmlir.ir.Operation op,
                                                            List<org.jmlir.ir.attr.Attribute> constants) {
        if (op.operandTypes().equals(op.resultTypes())) return values(op.operands());
        if (op.numOperands() == 0) return null;
        org.jmlir.ir.Operation input = op.operand(0).definingOp();
        if (input == null || input.definition() != UNREALIZED_CONVERSION_CAST
            || !input.results().equals(op.operands()) || !input.operandTypes().equals(op.resultTypes())) {
            return null;
        }
        return values(input.operands());
    }

    private static List<org.jmlir.ir.OpFoldResult> values(List<org.jmlir.ir.Value> vs) {
        List<org.jmlir.ir.OpFoldResult> out = new java.util.ArrayList<>(vs.size());
        for (org.jmlir.ir.Value v : vs) out.add(org.jmlir.ir.OpFoldResult.of(v));
        return out;
    }

    @Override
    public String namespace() { return "builtin"; }

    @Override
    public List<OpDef> operations() { return List.of(MODULE, UNREALIZED_CONVERSION_CAST); }
}
