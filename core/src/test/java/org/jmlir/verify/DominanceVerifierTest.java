package org.jmlir.verify;

import static org.jmlir.testing.TestIR.body;

import java.util.List;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

/** Uses must be dominated by their definitions in SSACFG regions; MLIR's messages and notes. */
class DominanceVerifierTest {
    private final TestIR ir = new TestIR();
    private final Operation module = ir.module();
    private final Operation func = ir.op(body(module), "test.func", 2, List.of(), List.of(), 1,
        "sym_name", new StringAttr("f"));
    private final Block entry = body(func);
    private final Value arg = entry.addArgument(IntegerType.I32, TestIR.loc(2));

    private Operation add(Block b, int line, Value x) {
        return ir.op(b, "test.addi", line, List.of(x, x), List.of(IntegerType.I32));
    }

    private Operation ret(Block b, int line) { return ir.op(b, "test.return", line, List.of(), List.of()); }

    @Test
    void useBeforeDefinitionInOneBlock() {
        Operation later = add(entry, 4, arg);
        Operation user = add(null, 3, later.result(0));
        user.moveBefore(later);
        ret(entry, 5);
        Diagnostic d = ir.expectError(module, "operand #0 does not dominate this use");
        TestIR.expectNote(d, "operand defined here (op in the same block)", 4);
    }

    @Test
    void definitionOnOneSideOfADiamond() {
        Block left = func.region(0).addBlock(new Block());
        Block right = func.region(0).addBlock(new Block());
        Block join = func.region(0).addBlock(new Block());
        Operation cond = ir.op(entry, "test.constant", 3, List.of(), List.of(IntegerType.I1), 0,
            "value", IntegerAttr.bool(true));
        ir.branch(entry, "test.cond_br", 4, List.of(cond.result(0)), left, right);
        Operation def = add(left, 5, arg);
        ir.branch(left, "test.br", 6, List.of(), join);
        ir.branch(right, "test.br", 7, List.of(), join);
        add(join, 8, def.result(0));
        ret(join, 9);
        Diagnostic d = ir.expectError(module, "operand #0 does not dominate this use");
        TestIR.expectNote(d, "operand defined here (op in the same region)", 5);
    }

    @Test
    void blockArgumentOfAnotherBlock() {
        Block a = func.region(0).addBlock(new Block());
        Block b = func.region(0).addBlock(new Block());
        Value x = a.addArgument(IntegerType.I32, TestIR.loc(5));
        Operation c = ir.op(entry, "test.constant", 3, List.of(), List.of(IntegerType.I1), 0,
            "value", IntegerAttr.bool(true));
        ir.branch(entry, "test.cond_br", 4, List.of(c.result(0)), a, b);
        ret(a, 6);
        Operation use = add(b, 7, x);
        ret(b, 8);
        Diagnostic d = ir.expectError(module, "operand #0 does not dominate this use");
        // The note points at the op owning the argument's region.
        TestIR.expectNote(d, "operand defined as a block argument (block #1 in the same region)", 2);
        use.erase();
        Operation nest = ir.op(null, "test.nest", 7, List.of(), List.of(), 1);
        b.insertBefore(b.lastOp(), nest);
        add(body(nest), 8, x);
        d = ir.expectError(module, "operand #0 does not dominate this use");
        TestIR.expectNote(d, "operand defined as a block argument (block #1 in a parent region)", 2);
    }

    @Test
    void usesInNestedRegions() {
        Operation nest = ir.op(entry, "test.nest", 3, List.of(), List.of(), 1);
        Operation later = add(entry, 5, arg);
        ret(entry, 6);
        add(body(nest), 4, later.result(0));
        Diagnostic d = ir.expectError(module, "operand #0 does not dominate this use");
        TestIR.expectNote(d, "operand defined here (op in a parent region)", 5);
        body(nest).lastOp().erase();
        // Uses of values defined earlier, or of the nest's own block arguments, are fine.
        Operation earlier = add(null, 3, arg);
        earlier.moveBefore(nest);
        add(body(nest), 4, earlier.result(0));
        add(body(nest), 4, body(nest).addArgument(IntegerType.I32, TestIR.loc(3)));
        ir.expectValid(module);
    }

    @Test
    void valueEscapingFromAChildRegion() {
        Operation nest = ir.op(entry, "test.nest", 3, List.of(), List.of(), 1);
        Operation inner = add(body(nest), 4, arg);
        add(entry, 5, inner.result(0));
        ret(entry, 6);
        Diagnostic d = ir.expectError(module, "operand #0 does not dominate this use");
        TestIR.expectNote(d, "operand defined here (op in a child region)", 4);
    }

    @Test
    void graphRegionsAreExempt() {
        Operation graph = ir.op(entry, "test.graph", 3, List.of(), List.of(), 1);
        Operation second = add(body(graph), 5, arg);
        Operation first = add(null, 4, second.result(0));
        first.moveBefore(second);
        ret(entry, 6);
        ir.expectValid(module);
        // ... and so is the module, whose body is a graph region.
        Operation late = add(body(module), 8, body(module).addArgument(IntegerType.I32, TestIR.loc(1)));
        Operation early = add(null, 7, late.result(0));
        early.moveBefore(func);
        ir.expectValid(module);
    }

    @Test
    void unreachableBlocksAreNotChecked() {
        Block dead = func.region(0).addBlock(new Block());
        ret(entry, 3);
        Operation later = add(dead, 5, arg);
        Operation user = add(null, 4, later.result(0));
        user.moveBefore(later);
        ret(dead, 6);
        ir.expectValid(module);
        // But a reachable use of a value defined in an unreachable block is.
        entry.lastOp().erase();
        add(entry, 3, later.result(0));
        ret(entry, 4);
        Diagnostic d = ir.expectError(module, "operand #0 does not dominate this use");
        TestIR.expectNote(d, "operand defined here (op in the same region)", 5);
    }
}
