package org.jmlir.passes;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.pass.PassRunner;
import org.jmlir.text.MlirText;

/** Prints a file after the canonicalize pass (run on each top-level func.func), for comparing with mlir-opt by hand. */
final class CanonicalizeProbe {
    public static void main(String[] args) throws Exception {
        Context ctx = Context.withAllDialects();
        long t0 = System.nanoTime();
        Operation m = MlirText.parse(ctx, Files.readString(Path.of(args[0])), args[0]);
        long t1 = System.nanoTime();
        for (Operation op : m.region(0).entryBlock().operations()) {
            if (op.name().equals("func.func")) PassRunner.run(new Canonicalize(), op);
        }
        long t2 = System.nanoTime();
        String out = MlirText.print(m);
        long t3 = System.nanoTime();
        System.out.print(out);
        if (System.getenv("PROBE_TIMING") != null) {
            System.err.printf("parse %d ms, canonicalize %d ms, print %d ms%n", (t1 - t0) / 1000000,
                (t2 - t1) / 1000000, (t3 - t2) / 1000000);
        }
    }
}
