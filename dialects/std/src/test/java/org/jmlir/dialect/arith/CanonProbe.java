package org.jmlir.dialect.arith;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.text.MlirText;

/** Prints a file after {@link MiniCanonicalizer}, to compare by hand with mlir-opt --canonicalize. */
final class CanonProbe {
    public static void main(String[] args) throws Exception {
        Context ctx = Context.withAllDialects();
        Operation m = MlirText.parse(ctx, Files.readString(Path.of(args[0])), args[0]);
        MiniCanonicalizer.run(m);
        System.out.print(MlirText.print(m));
    }
}
