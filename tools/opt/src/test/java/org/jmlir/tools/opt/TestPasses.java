package org.jmlir.tools.opt;

import java.util.List;
import org.jmlir.ir.Block;
import org.jmlir.ir.Operation;
import org.jmlir.ir.SymbolTable;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassInfo;
import org.jmlir.pass.PassRegistration;

/** Test-only passes (registered from the test classpath) that exercise the pass manager's failure paths. */
public final class TestPasses implements PassRegistration {
    @Override
    public List<PassInfo> passes() {
        return List.of(
            new PassInfo("test-remark-each-func", "Emit a remark naming each function", RemarkEachFunc::new),
            new PassInfo("test-fail-on", "Fail on the function named by 'name'", FailOn::new),
            new PassInfo("test-throw", "Throw an exception", Throw::new),
            new PassInfo("test-break-ir", "Erase each function's terminator", BreakIr::new));
    }

    /** Emits a remark per function: their order shows whether threading changed the diagnostics' order. */
    public static final class RemarkEachFunc extends Pass {
        @Override public String argument() { return "test-remark-each-func"; }

        @Override public String anchorOpName() { return "func.func"; }

        @Override protected void runOnOperation() {
            getOperation().emitRemark("visited " + SymbolTable.symbolName(getOperation()));
            markAllAnalysesPreserved();
        }
    }

    public static final class FailOn extends Pass {
        final org.jmlir.pass.PassOption<String> name = stringOption("name", "function to fail on", "");

        @Override public String argument() { return "test-fail-on"; }

        @Override public String anchorOpName() { return "func.func"; }

        @Override protected void runOnOperation() {
            if (name.get().equals(SymbolTable.symbolName(getOperation()))) {
                getOperation().emitError("test failure requested");
                signalPassFailure();
            }
        }
    }

    public static final class Throw extends Pass {
        @Override public String argument() { return "test-throw"; }

        @Override protected void runOnOperation() { throw new IllegalStateException("boom"); }
    }

    public static final class BreakIr extends Pass {
        @Override public String argument() { return "test-break-ir"; }

        @Override public String anchorOpName() { return "func.func"; }

        @Override protected void runOnOperation() {
            Block entry = getOperation().region(0).entryBlock();
            Operation term = entry.lastOp();
            if (term != null) term.erase();
        }
    }
}
