package org.jmlir.passes;

import java.util.List;
import org.jmlir.iface.EffectInstance;
import org.jmlir.iface.InvocationBounds;
import org.jmlir.iface.LoopLikeOpInterface;
import org.jmlir.iface.MemoryEffect;
import org.jmlir.iface.MemoryEffectOpInterface;
import org.jmlir.iface.RegionBranchOpInterface;
import org.jmlir.iface.RegionSuccessor;
import org.jmlir.ir.Dialect;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Region;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ods.Constraints;
import org.jmlir.ods.OpDef;
import org.jmlir.ods.Trait;

/**
 * A small dialect for pass tests that must not depend on how func/scf/memref ops declare their interfaces:
 * {@code xt.loop} (LoopLike, one body region), {@code xt.if} (RegionBranch, each region runs at most once),
 * {@code xt.read}/{@code xt.write} (a read and a write effect), {@code xt.yield} (pure terminator).
 */
final class TestOpsDialect extends Dialect {
    @Override public String namespace() { return "xt"; }

    @Override public List<OpDef> operations() {
        return List.of(
            OpDef.builder("xt.loop").variadicOperand("inits", Constraints.ANY)
                .variadicResult("results", Constraints.ANY).region("body")
                .traits(Trait.RECURSIVE_MEMORY_EFFECTS)
                .implement(LoopLikeOpInterface.class, op -> List.of(op.region(0)))
                .build(),
            OpDef.builder("xt.if").operand("cond", Constraints.ANY).variadicResult("results", Constraints.ANY)
                .region("then").region("else").traits(Trait.RECURSIVE_MEMORY_EFFECTS)
                .implement(RegionBranchOpInterface.class, new RegionBranchOpInterface() {
                    @Override public List<RegionSuccessor> successors(Operation op, Region from,
                                                                      List<Attribute> constants) {
                        return List.of();
                    }

                    @Override public List<Value> entrySuccessorOperands(Operation op, RegionSuccessor s) {
                        return List.of();
                    }

                    @Override public List<InvocationBounds> regionInvocationBounds(Operation op,
                                                                                  List<Attribute> constants) {
                        return List.of(new InvocationBounds(0, 1), new InvocationBounds(0, 1));
                    }
                })
                .build(),
            OpDef.builder("xt.read").variadicOperand("args", Constraints.ANY).result("r", Constraints.ANY)
                .implement(MemoryEffectOpInterface.class, (op, out) -> out.add(new EffectInstance(MemoryEffect.READ)))
                .build(),
            OpDef.builder("xt.write").variadicOperand("args", Constraints.ANY)
                .implement(MemoryEffectOpInterface.class, (op, out) -> out.add(new EffectInstance(MemoryEffect.WRITE)))
                .build(),
            OpDef.builder("xt.yield").variadicOperand("values", Constraints.ANY)
                .traits(Trait.PURE, Trait.TERMINATOR, Trait.RETURN_LIKE).build());
    }
}
