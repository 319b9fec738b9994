package org.jmlir.verify;

import static org.jmlir.testing.TestIR.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jmlir.diag.Diagnostic;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.IntegerAttr;
import org.jmlir.ir.attr.StringAttr;
import org.jmlir.ir.attr.SymbolRefAttr;
import org.jmlir.ir.type.IntegerType;
import org.jmlir.testing.TestIR;
import org.junit.jupiter.api.Test;

/** IsolatedFromAbove, symbol tables and symbol uses. */
class IsolationAndSymbolTest {
    private final TestIR ir = new TestIR();
    private final Operation module = ir.module();
    private final Block top = body(module);

    private Operation func(String name, int line) {
        Operation f = ir.op(top, "test.func", line, List.of(), List.of(), 1, "sym_name", new StringAttr(name));
        ir.op(body(f), "test.return", line + 1, List.of(), List.of());
        return f;
    }

    private Operation call(Operation f, String callee, int line) {
        Operation c = ir.op(null, "test.call", line, List.of(), List.of(), 0, "callee", SymbolRefAttr.flat(callee));
        body(f).insertBefore(body(f).lastOp(), c);
        return c;
    }

    @Test
    void usingAValueFromAboveAnIsolatedOp() {
        Value outside = top.addArgument(IntegerType.I32, TestIR.loc(1));
        Operation f = func("f", 2);
        Operation nest = ir.op(null, "test.nest", 4, List.of(), List.of(), 1);
        body(f).insertBefore(body(f).lastOp(), nest);
        ir.op(body(nest), "test.addi", 5, List.of(outside, outside), List.of(IntegerType.I32));
        Diagnostic d = ir.expectError(module, "'test.addi' op using value defined outside the region");
        TestIR.expectNote(d, "required by region isolation constraints", 2);
    }

    @Test
    void nestedIsolatedOpsCheckThemselves() {
        Operation outer = func("outer", 2);
        Value v = body(outer).addArgument(IntegerType.I32, TestIR.loc(2));
        // Not a symbol: a symbol nested in a function would fail earlier, on its parent not being a symbol table.
        Operation inner = ir.op(null, "test.isolated", 4, List.of(), List.of(), 1);
        body(outer).insertBefore(body(outer).lastOp(), inner);
        ir.op(body(inner), "test.addi", 5, List.of(v, v), List.of(IntegerType.I32));
        ir.op(body(inner), "test.return", 6, List.of(), List.of());
        Diagnostic d = ir.expectError(module, "'test.addi' op using value defined outside the region");
        TestIR.expectNote(d, "required by region isolation constraints", 4);
    }

    @Test
    void redefinedSymbol() {
        func("f", 2);
        func("g", 4);
        func("f", 6);
        Diagnostic d = ir.expectError(module, "redefinition of symbol named 'f'");
        assertEquals(6, d.location().filePosition().line());
        TestIR.expectNote(d, "see existing symbol definition here", 2);
    }

    @Test
    void symbolUsesAreCheckedByTheirHooks() {
        Operation f = func("f", 2);
        call(f, "f", 3);
        ir.expectValid(module);
        call(f, "missing", 4);
        ir.expectError(module, "'test.call' op 'missing' does not reference a valid function");
    }

    @Test
    void symbolUsesComeAfterEverythingElse() {
        Operation f = func("f", 2);
        call(f, "missing", 3);
        Operation bad = ir.op(null, "test.constant", 4, List.of(), List.of(IntegerType.I32));
        body(f).insertBefore(body(f).lastOp(), bad);
        ir.expectError(module, "'test.constant' op requires attribute 'value'");
        bad.setAttr("value", IntegerAttr.i32(1));
        func("f", 6);
        ir.expectError(module, "redefinition of symbol named 'f'");
    }

    @Test
    void nestedSymbolTablesAreTheirOwnScope() {
        Operation inner = ir.op(top, "test.module", 2, List.of(), List.of(), 1, "sym_name", new StringAttr("m"));
        Operation g = ir.op(body(inner), "test.func", 3, List.of(), List.of(), 1, "sym_name", new StringAttr("g"));
        ir.op(body(g), "test.return", 4, List.of(), List.of());
        Operation f = func("f", 5);
        call(f, "g", 6);
        ir.expectError(module, "'test.call' op 'g' does not reference a valid function");
        body(f).operations().get(0).erase();
        // The same name in two tables is no redefinition.
        Operation g2 = ir.op(body(inner), "test.func", 7, List.of(), List.of(), 1, "sym_name", new StringAttr("f"));
        ir.op(body(g2), "test.return", 8, List.of(), List.of());
        ir.expectValid(module);
    }
}
