package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassRunner;
import org.jmlir.text.MlirText;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.Test;

/**
 * licm, control-flow-sink and cse's read handling driven only by the interfaces (LoopLike, RegionBranch, memory
 * effects), through the test dialect {@link TestOpsDialect}.
 */
class InterfaceDrivenPassesTest {
    private static Operation run(Pass pass, String ir) {
        Context ctx = Context.withAllDialects();
        ctx.loadDialect(new TestOpsDialect());
        Operation module = MlirText.parse(ctx, ir, "t.mlir");
        assertTrue(module != null && Verifier.verify(module), "input");
        for (Operation op : module.region(0).entryBlock().operations()) {
            if (op.name().equals("func.func")) assertFalse(PassRunner.run(pass.copy(), op).failed());
        }
        assertTrue(Verifier.verify(module), "output");
        return module;
    }

    /** The op names of a block's ops, in order. */
    private static List<String> names(Operation parent, int region) {
        List<String> out = new ArrayList<>();
        for (Operation op : parent.region(region).entryBlock()) out.add(op.name());
        return out;
    }

    private static Operation func(Operation module) { return module.region(0).entryBlock().firstOp(); }

    private static Operation find(Operation root, String name) {
        Operation[] found = new Operation[1];
        root.walk(op -> {
            if (found[0] == null && op.name().equals(name)) found[0] = op;
        });
        return found[0];
    }

    @Test
    void licmHoistsPureInvariantOpsAndTheirUsersOutOfNestedLoops() {
        Operation m = run(new LoopInvariantCodeMotion(), """
            func.func @f(%a: i32, %b: i32) {
              "xt.loop"() ({
                %x = arith.addi %a, %b : i32
                %r = "xt.read"(%x) : (i32) -> i32
                "xt.loop"() ({
                  %y = arith.muli %x, %x : i32
                  %d = arith.divsi %a, %b : i32
                  %z = arith.addi %y, %r : i32
                  "xt.yield"() : () -> ()
                }) : () -> ()
                "xt.yield"() : () -> ()
              }) : () -> ()
              return
            }
            """);
        Operation f = func(m);
        // addi and muli climb out of both loops; the read stays (effects), and so does what uses it and divsi.
        assertEquals(List.of("arith.addi", "arith.muli", "xt.loop", "func.return"), names(f, 0));
        Operation outer = f.region(0).entryBlock().operations().get(2);
        assertEquals(List.of("xt.read", "arith.addi", "xt.loop", "xt.yield"), names(outer, 0));
        Operation inner = outer.region(0).entryBlock().operations().get(2);
        assertEquals(List.of("arith.divsi", "xt.yield"), names(inner, 0));
    }

    @Test
    void controlFlowSinkMovesOpsUsedInOneBranchIntoIt() {
        Operation m = run(new ControlFlowSink(), """
            func.func @f(%c: i1, %a: i32) -> i32 {
              %0 = arith.addi %a, %a : i32
              %1 = arith.muli %0, %a : i32
              %2 = arith.subi %a, %a : i32
              %r = "xt.read"(%a) : (i32) -> i32
              "xt.if"(%c) ({
                %u = arith.addi %1, %r : i32
                "xt.yield"() : () -> ()
              }, {
                %v = arith.addi %2, %2 : i32
                "xt.yield"() : () -> ()
              }) : (i1) -> ()
              return %2 : i32
            }
            """);
        Operation f = func(m);
        // subi is also used after the if; the read has an effect.
        assertEquals(List.of("arith.subi", "xt.read", "xt.if", "func.return"), names(f, 0));
        Operation ifOp = find(f, "xt.if");
        assertEquals(List.of("arith.addi", "arith.muli", "arith.addi", "xt.yield"), names(ifOp, 0));
        assertEquals(List.of("arith.addi", "xt.yield"), names(ifOp, 1));
    }

    @Test
    void cseMergesReadsUnlessAWriteOrUnknownOpIsBetween() {
        Operation m = run(new Cse(), """
            func.func @f(%a: i32) -> (i32, i32, i32, i32) {
              %0 = "xt.read"(%a) : (i32) -> i32
              %1 = "xt.read"(%a) : (i32) -> i32
              "xt.write"(%a) : (i32) -> ()
              %2 = "xt.read"(%a) : (i32) -> i32
              %3 = "xt.read"(%a) : (i32) -> i32
              return %0, %1, %2, %3 : i32, i32, i32, i32
            }
            """);
        Operation f = func(m);
        assertEquals(List.of("xt.read", "xt.write", "xt.read", "func.return"), names(f, 0));
        Operation ret = f.region(0).entryBlock().lastOp();
        assertEquals(ret.operand(0), ret.operand(1));
        assertEquals(ret.operand(2), ret.operand(3));
    }
}
