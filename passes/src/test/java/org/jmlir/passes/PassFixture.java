package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassRunner;
import org.jmlir.text.MlirText;
import org.jmlir.verify.Verifier;

/** Parses IR, runs one pass on the module (or on each op named {@code anchor} in it), prints the result. */
final class PassFixture {
    private PassFixture() {}

    static Context context() {
        Context ctx = Context.withAllDialects();
        ctx.setAllowUnregisteredDialects(true);
        return ctx;
    }

    static Operation parse(String ir) { return MlirText.parse(context(), ir, "test.mlir"); }

    /** Runs {@code pass} on the module and prints it (custom form). */
    static String run(Pass pass, String ir) {
        Operation module = parse(ir);
        assertFalse(PassRunner.run(pass, module).failed(), "pass failed");
        return print(module);
    }

    /** Runs a fresh copy of {@code pass} on every top-level op named {@code anchor}, as a nested pipeline would. */
    static String runNested(Pass pass, String anchor, String ir) {
        Operation module = parse(ir);
        for (Operation op : module.region(0).entryBlock().operations()) {
            if (op.name().equals(anchor)) assertFalse(PassRunner.run(pass.copy(), op).failed(), "pass failed");
        }
        return print(module);
    }

    static String print(Operation module) {
        org.junit.jupiter.api.Assertions.assertTrue(Verifier.verify(module), "output does not verify");
        return MlirText.print(module);
    }
}
