package org.jmlir.verify;

import static org.jmlir.testing.TestIR.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.DenseArrayAttr;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.type.FloatType;
import org.jmlir.ir.type.IndexType;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.ir.type.Type;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

/** Ops checked against their definitions: the messages are MLIR's, in MLIR's order. */
class DefVerifierTest {
    private final TestIR ir = new TestIR();
    /** A graph-region, no-terminator container, so ops can be checked without unrelated structure. */
    private final Operation module = ir.module();
    private final Block top = body(module);
    private final Value i32 = top.addArgument(IntegerType.I32, TestIR.loc(1));
    private final Value i64 = top.addArgument(IntegerType.I64, TestIR.loc(1));
    private final Value f32 = top.addArgument(FloatType.F32, TestIR.loc(1));
    private final Value idx = top.addArgument(IndexType.INDEX, TestIR.loc(1));

    private Operation op(String name, List<Value> operands, List<Type> results, Object... attrs) {
        return ir.op(top, name, 2, operands, results, 0, attrs);
    }

    @Test
    void operandAndResultTypes() {
        op("test.addi", List.of(f32, f32), List.of(FloatType.F32));
        ir.expectError(module, "'test.addi' op operand #0 must be signless-integer-like, but got 'f32'");
        top.lastOp().erase();
        op("test.addi", List.of(i32, i32), List.of(FloatType.F32));
        ir.expectError(module, "'test.addi' op result #0 must be signless-integer-like, but got 'f32'");
    }

    @Test
    void countsComeFirstRegionsBeforeResultsBeforeOperands() {
        Operation bad = ir.op(top, "test.addi", 2, List.of(i32, i32, i32), List.of(), 1);
        ir.expectError(module, "'test.addi' op requires zero regions");
        bad.erase();
        bad = op("test.addi", List.of(i32, i32, i32), List.of());
        ir.expectError(module, "'test.addi' op requires one result");
        bad.erase();
        op("test.addi", List.of(i32, i32, i32), List.of(IntegerType.I32));
        ir.expectError(module, "'test.addi' op expected 2 operands, but found 3");
    }

    @Test
    void variadicCountsAndOptionalGroups() {
        Operation bad = op("test.segments", List.of(), List.of(),
            "operandSegmentSizes", DenseArrayAttr.i32(0, 0, 0));
        ir.expectError(module, "'test.segments' op expected 1 or more operands, but found 0");
        bad.erase();
        op("test.opt", List.of(i32, i32), List.of());
        ir.expectError(module, "'test.opt' op operand group starting at #0 requires 0 or 1 element, but found 2");
    }

    @Test
    void successorCounts() {
        Operation func = ir.op(top, "test.func", 2, List.of(), List.of(), 1, "sym_name", new StringAttr("f"));
        Block entry = body(func);
        Block next = func.region(0).addBlock(new Block());
        ir.op(next, "test.return", 3, List.of(), List.of());
        ir.branch(entry, "test.br", 4, List.of());
        ir.expectError(module, "'test.br' op requires 1 successor but found 0");
        entry.lastOp().erase();
        ir.branch(entry, "test.cond_br", 4, List.of(i32), next);
        ir.expectError(module, "'test.cond_br' op requires 2 successors but found 1");
        entry.lastOp().erase();
        ir.branch(entry, "test.return", 4, List.of(), next);
        ir.expectError(module, "'test.return' op requires 0 successors but found 1");
        entry.lastOp().erase();
        ir.branch(entry, "test.cond_br", 4, List.of(i32), next, next);
        ir.expectError(module, "'test.cond_br' op operand #0 must be 1-bit signless integer, but got 'i32'");
    }

    @Test
    void requiredAttributesInNameOrderThenConstraints() {
        op("test.constant", List.of(), List.of(IntegerType.I32));
        ir.expectError(module, "'test.constant' op requires attribute 'value'");
        top.lastOp().erase();
        // 'x' is declared before 'a', but MLIR checks presence in name order, then values in name order.
        op("test.attrs", List.of(), List.of(), "d", IntegerAttr.i64(1));
        ir.expectError(module, "'test.attrs' op requires attribute 'a'");
        top.lastOp().erase();
        op("test.attrs", List.of(), List.of(), "a", new StringAttr("s"), "d", IntegerAttr.i64(1));
        ir.expectError(module, "'test.attrs' op requires attribute 'x'");
        top.lastOp().erase();
        op("test.attrs", List.of(), List.of(), "a", new StringAttr("s"), "x", IntegerAttr.i32(1),
            "d", IntegerAttr.i64(1));
        ir.expectError(module, "'test.attrs' op attribute 'd' failed to satisfy constraint: "
            + "32-bit signless integer attribute");
        top.lastOp().erase();
        op("test.attrs", List.of(), List.of(), "a", new StringAttr("s"), "x", IntegerAttr.i32(1));
        ir.expectError(module, "'test.attrs' op attribute 'x' failed to satisfy constraint: "
            + "64-bit signless integer attribute");
    }

    @Test
    void operandSegmentSizes() {
        List<Value> three = List.of(idx, idx, i32);
        Operation bad = op("test.segments", three, List.of());
        ir.expectError(module, "'test.segments' op requires dense i32 array attribute 'operandSegmentSizes'");
        bad.erase();
        bad = op("test.segments", three, List.of(), "operandSegmentSizes", DenseArrayAttr.i64(1, 1, 1));
        ir.expectError(module, "'test.segments' op requires dense i32 array attribute 'operandSegmentSizes'");
        bad.erase();
        bad = op("test.segments", three, List.of(), "operandSegmentSizes", DenseArrayAttr.i32(2, -1, 2));
        ir.expectError(module, "'test.segments' op 'operandSegmentSizes' attribute cannot have negative elements");
        bad.erase();
        bad = op("test.segments", three, List.of(), "operandSegmentSizes", DenseArrayAttr.i32(1, 0, 1));
        ir.expectError(module, "'test.segments' op operand count (3) does not match with the total size (2) "
            + "specified in attribute 'operandSegmentSizes'");
        bad.erase();
        bad = op("test.segments", three, List.of(), "operandSegmentSizes", DenseArrayAttr.i32(1, 1, 1, 0));
        ir.expectError(module, "'test.segments' op 'operandSegmentSizes' attribute for specifying operand segments "
            + "must have 3 elements, but got 4");
        bad.erase();
        bad = op("test.segments", three, List.of(), "operandSegmentSizes", DenseArrayAttr.i32(2, 0, 1));
        ir.expectValid(module);
        bad.erase();
        op("test.segments", List.of(idx, i32, i32), List.of(), "operandSegmentSizes", DenseArrayAttr.i32(1, 1, 1));
        ir.expectError(module, "'test.segments' op operand #1 must be variadic of index, but got 'i32'");
    }

    @Test
    void regionConstraints() {
        Operation sized = op("test.sized", List.of(), List.of());
        // The op was created with no region at all.
        ir.expectError(module, "'test.sized' op requires one region");
        sized.erase();
        sized = ir.op(top, "test.sized", 2, List.of(), List.of(), 1);
        sized.region(0).removeBlock(sized.region(0).entryBlock());
        ir.expectError(module, "'test.sized' op region #0 ('body') failed to verify constraint: region with 1 blocks");
        sized.region(0).addBlock(new Block());
        ir.expectValid(module);
    }

    @Test
    void traitsThenVerifierThenRegionVerifier() {
        Operation bad = op("test.addi", List.of(i32, i64), List.of(IntegerType.I32));
        ir.expectError(module, "'test.addi' op requires the same type for all operands and results");
        bad.erase();
        bad = op("test.checked", List.of(), List.of());
        ir.expectError(module, "'test.checked' op custom verifier ran");
        bad.erase();
        Operation withRegion = ir.op(top, "test.region_checked", 2, List.of(), List.of(), 1);
        Operation nested = ir.op(body(withRegion), "test.checked", 3, List.of(), List.of());
        // Nested ops are verified before the region verifier runs.
        ir.expectError(module, "'test.checked' op custom verifier ran");
        nested.erase();
        ir.expectError(module, "'test.region_checked' op region verifier ran");
    }

    @Test
    void structuralTraitsComeBeforeDeclaredConstraints() {
        // HasParent is structural: checked before the operands' constraints... of which test.yield has none, so
        // use the implicit-terminator op: two blocks are reported before anything else about the region.
        Operation yield = op("test.yield", List.of(), List.of());
        ir.expectError(module, "'test.yield' op expects parent op 'test.loop'");
        yield.erase();
        Operation loop = ir.op(top, "test.loop", 2, List.of(), List.of(), 1);
        loop.region(0).addBlock(new Block());
        ir.expectError(module, "'test.loop' op expects region #0 to have 0 or 1 blocks");
        loop.region(0).removeBlock(loop.region(0).blocks().get(1));
        ir.expectError(module, "'test.loop' op expects a non-empty block");
        ir.op(body(loop), "test.return", 3, List.of(), List.of());
        Diagnostic d = ir.expectError(module, "'test.loop' op expects regions to end with 'test.yield', found 'test.return'");
        TestIR.expectNote(d, "in custom textual format, the absence of terminator implies 'test.yield'", 2);
        body(loop).lastOp().erase();
        ir.op(body(loop), "test.yield", 3, List.of(), List.of());
        ir.expectValid(module);
    }

    @Test
    void symbolTraitChecksVisibility() {
        Operation f = ir.op(top, "test.func", 2, List.of(), List.of(), 1, "sym_name", new StringAttr("f"),
            "sym_visibility", new StringAttr("x"));
        ir.op(body(f), "test.return", 3, List.of(), List.of());
        ir.diagnostics.clear();
        Verifier.verify(module);
        assertEquals(1, ir.diagnostics.size());
        String msg = ir.diagnostics.get(0).message();
        assertEquals("'test.func' op visibility expected to be one of [\"public\", \"private\", \"nested\"], but got ",
            msg.substring(0, msg.indexOf("got ") + 4));
    }
}
