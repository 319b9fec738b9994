package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.pass.PassRunner;
import org.jmlir.text.MlirText;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The arith/math canonicalization lit files ({@code test/lit/Transforms/Canonicalize/arith-*.mlir, math-*.mlir})
 * run through the canonicalize pass here, until jopt runs pass pipelines: our output must be line for line what
 * their CHECK lines (recorded from mlir-opt 22) say, and, where mlir-opt is installed, byte for byte what it
 * prints now.
 */
class CanonicalizeArithMathTest {
    private static final Path MLIR_OPT = Path.of(System.getProperty("jmlir.mlirOpt", "/usr/lib/llvm-22/bin/mlir-opt"));

    static String canonicalize(String text) {
        Context ctx = Context.withAllDialects();
        Operation m = MlirText.parse(ctx, text, "input.mlir");
        for (Operation op : m.region(0).entryBlock().operations()) {
            if (op.name().equals("func.func")) PassRunner.run(new Canonicalize(), op);
        }
        return MlirText.print(m);
    }

    private static List<Path> files() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("test/lit"))) root = root.getParent();
        assumeTrue(root != null, "test/lit not found");
        try (Stream<Path> s = Files.list(root.resolve("test/lit/Transforms/Canonicalize"))) {
            return s.filter(p -> p.getFileName().toString().matches("(arith|math)-.*\\.mlir")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> outputIsWhatTheCheckLinesSay() throws IOException {
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f);
            List<String> expected = new ArrayList<>();
            for (String line : text.split("\n")) {
                int at = line.indexOf("// CHECK");
                if (at < 0) continue;
                String rest = line.substring(line.indexOf(':', at) + 1).strip();
                expected.add(rest);
            }
            List<String> actual = new ArrayList<>();
            for (String line : canonicalize(text).split("\n")) if (!line.isBlank()) actual.add(line.strip());
            assertEquals(String.join("\n", expected), String.join("\n", actual));
        }));
    }

    @TestFactory
    Stream<DynamicTest> outputIsWhatMlirOptPrints() throws IOException {
        assumeTrue(Files.isExecutable(MLIR_OPT), "mlir-opt not installed at " + MLIR_OPT);
        return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Process p = new ProcessBuilder(MLIR_OPT.toString(), "--canonicalize", f.toString())
                .redirectErrorStream(true).start();
            String theirs = new String(p.getInputStream().readAllBytes());
            p.waitFor(60, TimeUnit.SECONDS);
            assertEquals(theirs.stripTrailing(), canonicalize(Files.readString(f)).stripTrailing());
        }));
    }
}
