package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jmlir.iface.InvocationBounds;
import org.jmlir.iface.LoopLikeOpInterface;
import org.jmlir.iface.MemoryEffects;
import org.jmlir.iface.RegionBranchOpInterface;
import org.jmlir.iface.RegionBranchTerminatorOpInterface;
import org.jmlir.iface.RegionSuccessor;
import org.jmlir.ir.Operation;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.type.IntegerType;
import org.junit.jupiter.api.Test;

/** The control-flow, loop and speculation interfaces of scf ops, and the memory effects of memref ops. */
class ScfInterfacesTest {
    private static final String IR = """
        func.func @f(%c: i1, %n: index, %i: index, %m: memref<4xf32>, %x: f32) -> i32 {
          %c0 = arith.constant 0 : index
          %c1 = arith.constant 1 : index
          %a = arith.constant 7 : i32
          %r = scf.if %c -> i32 {
            scf.yield %a : i32
          } else {
            scf.yield %a : i32
          }
          scf.if %c {
            memref.store %x, %m[%c0] : memref<4xf32>
          }
          %s = scf.for %k = %c0 to %n step %c1 iter_args(%acc = %r) -> (i32) {
            scf.yield %acc : i32
          }
          %z = scf.for %k = %c0 to %n step %c0 iter_args(%acc = %r) -> (i32) {
            scf.yield %acc : i32
          }
          %c2 = arith.constant 2 : index
          %s2 = scf.for %k = %c0 to %n step %c2 iter_args(%acc = %z) -> (i32) {
            scf.yield %acc : i32
          }
          %w = scf.while (%v = %s2) : (i32) -> i32 {
            %t = arith.cmpi slt, %v, %a : i32
            scf.condition(%t) %v : i32
          } do {
          ^bb0(%v: i32):
            scf.yield %v : i32
          }
          %q = scf.index_switch %i -> i32
          case 2 {
            scf.yield %a : i32
          }
          default {
            scf.yield %w : i32
          }
          %l = memref.load %m[%c0] : memref<4xf32>
          return %q : i32
        }
        """;

    private static List<Operation> ops(String name) {
        Operation module = PassFixture.parse(IR);
        List<Operation> out = new ArrayList<>();
        module.walk(op -> {
            if (op.name().equals(name)) out.add(op);
        });
        return out;
    }

    private static RegionBranchOpInterface branch(Operation op) {
        RegionBranchOpInterface i = op.definition().getInterface(RegionBranchOpInterface.class);
        assertNotNull(i, op.name());
        return i;
    }

    private static List<Attribute> constants(Operation op, Attribute first) {
        List<Attribute> c = new ArrayList<>(Arrays.asList(new Attribute[op.numOperands()]));
        c.set(0, first);
        return c;
    }

    @Test
    void ifEntersTheRegionsItsConditionAllows() {
        Operation withElse = ops("scf.if").get(0), withoutElse = ops("scf.if").get(1);
        var b = branch(withElse);
        assertEquals(2, b.successors(withElse, null, constants(withElse, null)).size());
        List<RegionSuccessor> onTrue = b.successors(withElse, null, constants(withElse,
            new IntegerAttr(IntegerType.I1, java.math.BigInteger.ONE)));
        assertEquals(1, onTrue.size());
        assertSame(withElse.region(0), onTrue.get(0).region());
        List<RegionSuccessor> onFalse = b.successors(withoutElse, null, constants(withoutElse,
            new IntegerAttr(IntegerType.I1, java.math.BigInteger.ZERO)));
        assertTrue(onFalse.get(0).isParent(), "an empty else goes straight back to the parent");
        assertTrue(b.successors(withElse, withElse.region(1), null).get(0).isParent());
        assertEquals(List.of(new InvocationBounds(0, 1), new InvocationBounds(0, 1)),
            b.regionInvocationBounds(withElse, constants(withElse, null)));
        assertEquals(List.of(new InvocationBounds(0, 0), new InvocationBounds(1, 1)),
            b.regionInvocationBounds(withElse, constants(withElse,
                new IntegerAttr(IntegerType.I1, java.math.BigInteger.ZERO))));
        assertTrue(MemoryEffects.isPure(withElse), "an if of pure ops is pure");
        assertFalse(MemoryEffects.isMemoryEffectFree(withoutElse), "a store inside makes it write");
    }

    @Test
    void forCarriesItsIterArgsAndIsSpeculatableOnlyWithAStepOfOne() {
        Operation loop = ops("scf.for").get(0), zeroStep = ops("scf.for").get(1);
        var b = branch(loop);
        List<RegionSuccessor> entry = b.successors(loop, null, null);
        assertEquals(2, entry.size());
        assertEquals(1, entry.get(0).inputs().size(), "the induction variable is not forwarded");
        assertEquals(List.of(loop.operand(3)), b.entrySuccessorOperands(loop, entry.get(0)));
        assertEquals(List.of(loop.region(0)),
            loop.definition().getInterface(LoopLikeOpInterface.class).loopRegions(loop));
        assertTrue(MemoryEffects.isSpeculatable(loop));
        assertFalse(MemoryEffects.isSpeculatable(zeroStep), "a zero step never ends");
        assertFalse(MemoryEffects.isSpeculatable(ops("scf.for").get(2)), "a step of 2 may wrap around forever");
    }

    @Test
    void whileGoesBeforeThenAfterOrOutAndConditionForwardsItsArguments() {
        Operation loop = ops("scf.while").get(0);
        var b = branch(loop);
        assertSame(loop.region(0), b.successors(loop, null, null).get(0).region());
        List<RegionSuccessor> fromBefore = b.successors(loop, loop.region(0), null);
        assertSame(loop.region(1), fromBefore.get(0).region());
        assertTrue(fromBefore.get(1).isParent());
        assertSame(loop.region(0), b.successors(loop, loop.region(1), null).get(0).region());
        Operation condition = loop.region(0).entryBlock().lastOp();
        var term = condition.definition().getInterface(RegionBranchTerminatorOpInterface.class);
        assertEquals(List.of(condition.operand(1)), term.successorOperands(condition, fromBefore.get(0)));
        assertEquals(2, loop.definition().getInterface(LoopLikeOpInterface.class).loopRegions(loop).size());
    }

    @Test
    void indexSwitchPicksTheMatchingCaseOrTheDefault() {
        Operation sw = ops("scf.index_switch").get(0);
        var b = branch(sw);
        assertEquals(2, b.successors(sw, null, constants(sw, null)).size());
        assertSame(sw.region(1), b.successors(sw, null, constants(sw,
            new IntegerAttr(org.jmlir.ir.type.IndexType.INDEX, java.math.BigInteger.TWO))).get(0).region());
        assertSame(sw.region(0), b.successors(sw, null, constants(sw,
            new IntegerAttr(org.jmlir.ir.type.IndexType.INDEX, java.math.BigInteger.TEN))).get(0).region());
    }

    @Test
    void memrefAccessesDeclareTheirEffects() {
        Operation load = ops("memref.load").get(0), store = ops("memref.store").get(0);
        assertTrue(MemoryEffects.onlyReads(load));
        assertEquals(load.operand(0), MemoryEffects.effects(load).get(0).value());
        assertEquals(org.jmlir.iface.MemoryEffect.WRITE, MemoryEffects.effects(store).get(0).effect());
        assertEquals(store.operand(1), MemoryEffects.effects(store).get(0).value());
        assertTrue(MemoryEffects.wouldOpBeTriviallyDead(load), "an unused load may go");
        assertFalse(MemoryEffects.wouldOpBeTriviallyDead(store));
    }
}
