package org.jmlir.verify;

import static org.jmlir.testing.TestIR.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

/** Blocks, terminators, successors and unregistered ops. */
class StructureVerifierTest {
    private final TestIR ir = new TestIR();
    private final Operation module = ir.module();
    private final Operation func = ir.op(body(module), "test.func", 2, List.of(), List.of(), 1,
        "sym_name", new StringAttr("f"));
    private final Block entry = body(func);
    private final Value arg = entry.addArgument(IntegerType.I32, TestIR.loc(2));

    private Operation ret(Block b, int line) { return ir.op(b, "test.return", line, List.of(), List.of()); }

    @Test
    void unregisteredOpInALoadedDialect() {
        ir.op(entry, "test.unknown", 3, List.of(), List.of());
        ret(entry, 4);
        String msg = "unregistered operation 'test.unknown' found in dialect ('test') that does not allow unknown "
            + "operations";
        ir.expectError(module, msg);
        ir.ctx.setAllowUnregisteredDialects(true);
        ir.expectError(module, msg);
    }

    @Test
    void opOfAnUnloadedDialect() {
        ir.op(entry, "foo.bar", 3, List.of(), List.of());
        ret(entry, 4);
        ir.expectError(module, "'foo.bar' op created with unregistered dialect. If this is intended, please call "
            + "allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect with the MLIR opt "
            + "tool used");
        ir.ctx.setAllowUnregisteredDialects(true);
        ir.expectValid(module);
    }

    @Test
    void unregisteredOpsMayHoldAnyStructure() {
        ir.ctx.setAllowUnregisteredDialects(true);
        Operation foreign = ir.op(entry, "foo.region", 3, List.of(), List.of(), 1);
        ir.op(body(foreign), "test.addi", 4, List.of(arg, arg), List.of(IntegerType.I32)); // no terminator needed
        ir.op(entry, "foo.terminator", 5, List.of(), List.of()); // may be a terminator
        ir.expectValid(module);
    }

    @Test
    void blockWithoutTerminator() {
        ir.op(entry, "test.addi", 3, List.of(arg, arg), List.of(IntegerType.I32));
        Diagnostic d = ir.expectError(module, "block with no terminator, has \"test.addi\"");
        assertEquals(3, d.location().filePosition().line());
    }

    @Test
    void noTerminatorTraitAndGraphRegions() {
        Operation nest = ir.op(entry, "test.nest", 3, List.of(), List.of(), 1);
        ir.op(body(nest), "test.addi", 4, List.of(arg, arg), List.of(IntegerType.I32));
        ret(entry, 5);
        ir.expectValid(module);
        Operation graph = ir.op(body(module), "test.graph", 6, List.of(), List.of(), 1);
        graph.region(0).addBlock(new Block());
        ir.expectError(module, "'test.graph' op expects graph region #0 to have 0 or 1 blocks");
    }

    @Test
    void terminatorMustBeLast() {
        ret(entry, 3);
        ret(entry, 4);
        Diagnostic d = ir.expectError(module, "'test.return' op must be the last operation in the parent block");
        assertEquals(3, d.location().filePosition().line());
    }

    @Test
    void successorsOnlyOnTheLastOp() {
        Block next = func.region(0).addBlock(new Block());
        ret(next, 5);
        ir.branch(entry, "test.br", 3, List.of(), next);
        ret(entry, 4);
        ir.expectError(module, "operation with block successors must terminate its parent block");
    }

    @Test
    void successorsStayInTheirRegion() {
        Operation other = ir.op(body(module), "test.func", 6, List.of(), List.of(), 1, "sym_name", new StringAttr("g"));
        ret(body(other), 7);
        // A non-entry block: branching to another region's entry block would also be a second error there.
        Block target = other.region(0).addBlock(new Block());
        ret(target, 8);
        Operation br = ir.branch(entry, "test.br", 3, List.of(), target);
        // Fixed successor counts check this in the op's own invariants, as MLIR's NSuccessors trait.
        ir.expectError(module, "reference to block defined in another region");
        br.erase();
        ir.branch(entry, "test.anybr", 3, List.of(), target);
        ir.expectError(module, "'test.anybr' op branching to block of a different region");
    }

    @Test
    void entryBlockHasNoPredecessors() {
        Block loop = func.region(0).addBlock(new Block());
        ir.branch(entry, "test.br", 3, List.of(), loop);
        ir.branch(loop, "test.br", 4, List.of(), entry);
        Diagnostic d = ir.expectError(module, "entry block of region may not have predecessors");
        assertEquals(2, d.location().filePosition().line(), "reported at the region's parent");
    }

    @Test
    void emptyBlockInAMultiBlockRegion() {
        Block empty = func.region(0).addBlock(new Block());
        ir.branch(entry, "test.br", 3, List.of(), empty);
        Diagnostic d = ir.expectError(module, "empty block: expect at least a terminator");
        assertEquals(2, d.location().filePosition().line());
    }

    @Test
    void droppedOperand() {
        Operation add = ir.op(entry, "test.addi", 3, List.of(arg, arg), List.of(IntegerType.I32));
        ret(entry, 4);
        add.dropAllReferences();
        ir.expectError(module, "null operand found");
    }

    @Test
    void nonRecursiveVerificationLeavesNestedOpsAlone() {
        ir.op(entry, "test.checked", 3, List.of(), List.of());
        ret(entry, 4);
        ir.diagnostics.clear();
        assertTrue(Verifier.verify(module, false));
        ir.expectError(module, "'test.checked' op custom verifier ran");
    }
}
