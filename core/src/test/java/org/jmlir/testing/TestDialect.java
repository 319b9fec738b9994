package org.jmlir.testing;

import java.util.List;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.SymbolUserHook;
import org.jmlir.ods.Trait;

/** A small dialect for core's unit tests: one op per feature the verifier and builders check. */
public final class TestDialect extends Dialect {
    @Override public String namespace() { return "test"; }

    @Override
    public List<OpDef> operations() {
        return List.of(
            OpDef.builder("test.addi")
                .operand("lhs", Constraints.SIGNLESS_INTEGER_LIKE).operand("rhs", Constraints.SIGNLESS_INTEGER_LIKE)
                .result("result", Constraints.SIGNLESS_INTEGER_LIKE)
                .traits(Trait.PURE, Trait.SAME_OPERANDS_AND_RESULT_TYPE).build(),
            OpDef.builder("test.constant").attr("value", Constraints.TYPED_ATTR).result("result", Constraints.ANY)
                .traits(Trait.CONSTANT_LIKE).build(),
            OpDef.builder("test.attrs").attr("x", Constraints.I64_ATTR).attr("a", Constraints.STRING_ATTR)
                .defaultAttr("d", Constraints.I32_ATTR, IntegerAttr.i32(7))
                .optionalAttr("o", Constraints.UNIT_ATTR).build(),
            OpDef.builder("test.segments").variadicOperand("a", Constraints.INDEX)
                .variadicOperand("b", Constraints.INDEX).operand("c", Constraints.ANY).build(),
            OpDef.builder("test.opt").optionalOperand("x", Constraints.ANY).build(),
            OpDef.builder("test.sized").sizedRegion("body", 1).traits(Trait.NO_TERMINATOR).build(),
            OpDef.builder("test.two_regions").region("a").region("b").traits(Trait.NO_TERMINATOR).build(),
            OpDef.builder("test.func").attr("sym_name", Constraints.STRING_ATTR).region("body")
                .traits(Trait.ISOLATED_FROM_ABOVE, Trait.SYMBOL).build(),
            OpDef.builder("test.isolated").region("body").traits(Trait.ISOLATED_FROM_ABOVE).build(),
            OpDef.builder("test.module").region("body").optionalAttr("sym_name", Constraints.STRING_ATTR)
                .traits(Trait.SYMBOL_TABLE, Trait.ISOLATED_FROM_ABOVE, Trait.NO_TERMINATOR, Trait.GRAPH_REGIONS,
                    Trait.SINGLE_BLOCK).build(),
            OpDef.builder("test.graph").region("body").traits(Trait.GRAPH_REGIONS, Trait.NO_TERMINATOR).build(),
            OpDef.builder("test.scope").variadicResult("results", Constraints.ANY).region("body").build(),
            OpDef.builder("test.nest").variadicOperand("inputs", Constraints.ANY).region("body")
                .traits(Trait.NO_TERMINATOR).build(),
            OpDef.builder("test.return").variadicOperand("operands", Constraints.ANY)
                .traits(Trait.TERMINATOR, Trait.RETURN_LIKE).build(),
            OpDef.builder("test.yield").variadicOperand("operands", Constraints.ANY)
                .traits(Trait.TERMINATOR, Trait.hasParent("test.loop")).build(),
            OpDef.builder("test.loop").region("body")
                .traits(Trait.singleBlockImplicitTerminator("test.yield")).build(),
            OpDef.builder("test.br").successor("dest").variadicOperand("operands", Constraints.ANY)
                .traits(Trait.TERMINATOR).build(),
            OpDef.builder("test.cond_br").operand("condition", Constraints.I1).successor("true").successor("false")
                .traits(Trait.TERMINATOR).build(),
            OpDef.builder("test.anybr").variadicOperand("operands", Constraints.ANY).variadicSuccessor("dests")
                .build(),
            OpDef.builder("test.call").attr("callee", Constraints.FLAT_SYMBOL_REF_ATTR)
                .implement(SymbolUserHook.class, TestDialect::verifyCallee).build(),
            OpDef.builder("test.checked").verifier(op -> op.emitOpError("custom verifier ran").fail()).build(),
            OpDef.builder("test.region_checked").region("body").traits(Trait.NO_TERMINATOR)
                .regionVerifier(op -> op.emitOpError("region verifier ran").fail()).build());
    }

    /** As func.call: the callee must name a test.func. */
    private static boolean verifyCallee(Operation op, org.jmlir.ir.SymbolTableCollection tables) {
        SymbolRefAttr callee = (SymbolRefAttr) op.attr("callee");
        Operation f = tables.lookupNearestSymbolFrom(op, callee);
        if (f == null || !f.name().equals("test.func")) {
            return op.emitOpError("'" + callee.rootReference() + "' does not reference a valid function").fail();
        }
        return true;
    }
}
