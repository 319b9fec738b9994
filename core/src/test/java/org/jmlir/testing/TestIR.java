package org.jmlir.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jmlir.diag.Diagnostic;
import org.jmlir.diag.Severity;
import org.jmlir.ir.Block;
import org.jmlir.ir.Builder;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.ir.OperationState;
import org.jmlir.ir.Value;
import org.jmlir.ir.attr.Attribute;
import org.jmlir.ir.attr.FileLineColLoc;
import org.jmlir.ir.attr.Location;
import org.jmlir.ir.type.Type;
import org.jmlir.verify.Verifier;

/** A context with {@link TestDialect} loaded, collected diagnostics, and short ways to build IR in tests. */
public final class TestIR {
    public final Context ctx = new Context();
    public final List<Diagnostic> diagnostics = new ArrayList<>();
    public final Builder builder;

    public TestIR() {
        ctx.loadDialect(new TestDialect());
        ctx.diagnostics().addHandler(diagnostics::add);
        builder = new Builder(ctx);
    }

    /** A location on line {@code line} of "t.mlir", so notes can be told apart. */
    public static Location loc(int line) { return new FileLineColLoc("t.mlir", line, 1); }

    /** Creates an op at the end of {@code block} (detached when null) with {@code regions} regions of one block each. */
    public Operation op(Block block, String name, int line, List<? extends Value> operands, List<? extends Type> results,
                        int regions, Object... attrs) {
        OperationState s = builder.state(name, loc(line)).addOperands(operands).addTypes(results);
        for (int i = 0; i + 1 < attrs.length; i += 2) s.addAttribute((String) attrs[i], (Attribute) attrs[i + 1]);
        for (int i = 0; i < regions; i++) s.addRegion().addBlock(new Block());
        builder.setInsertionPointToEnd(block);
        Operation op = builder.create(s);
        if (block == null) op.remove();
        return op;
    }

    public Operation op(Block block, String name, int line, List<? extends Value> operands, List<? extends Type> results) {
        return op(block, name, line, operands, results, 0);
    }

    /** Appends a branch-like op {@code name} to {@code from}, with the given operands and successors. */
    public Operation branch(Block from, String name, int line, List<? extends Value> operands, Block... dests) {
        OperationState s = builder.state(name, loc(line)).addOperands(operands);
        for (Block d : dests) s.addSuccessor(d);
        Operation op = Operation.create(s);
        from.append(op);
        return op;
    }

    /** A detached test.module with an empty body block. */
    public Operation module() { return op(null, "test.module", 1, List.of(), List.of(), 1); }

    public static Block body(Operation op) { return op.region(0).entryBlock(); }

    public boolean verify(Operation root) { return Verifier.verify(root); }

    /** Verifies {@code root} expecting failure with exactly one error, whose message is {@code message}. */
    public Diagnostic expectError(Operation root, String message) {
        diagnostics.clear();
        assertFalse(Verifier.verify(root), "verification should fail");
        List<Diagnostic> errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), () -> "errors: " + errors);
        assertEquals(message, errors.get(0).message());
        return errors.get(0);
    }

    public void expectValid(Operation root) {
        diagnostics.clear();
        assertTrue(Verifier.verify(root), () -> "unexpected diagnostics: " + diagnostics);
        assertTrue(diagnostics.isEmpty(), () -> "unexpected diagnostics: " + diagnostics);
    }

    /** Asserts the diagnostic has one note with this message at this line. */
    public static void expectNote(Diagnostic d, String message, int line) {
        assertEquals(1, d.notes().size(), () -> "notes: " + d.notes());
        assertEquals(message, d.notes().get(0).message());
        assertEquals(line, d.notes().get(0).location().filePosition().line());
    }
}
