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
        .traits(Trait.PURE)
        .assemblyFormat("($inputs^ `:` type($inputs))? `to` type($outputs) attr-dict")
        .build();

    @Override
    public String namespace() { return "builtin"; }

    @Override
    public List<OpDef> operations() { return List.of(MODULE, UNREALIZED_CONVERSION_CAST); }
}
