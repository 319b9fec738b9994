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
        Operation m = MlirText.parse(ctx, Files.readString(Path.of(args[0])), args[0]);
        for (Operation op : m.region(0).entryBlock().operations()) {
            if (op.name().equals("func.func")) PassRunner.run(new Canonicalize(), op);
        }
        System.out.print(MlirText.print(m));
    }
}
