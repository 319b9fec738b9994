package org.jmlir.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jmlir.diag.Diagnostic;
import org.jmlir.diag.Severity;
import org.jmlir.ir.Context;
import org.jmlir.ir.Operation;
import org.jmlir.pass.Pass;
import org.jmlir.pass.PassInfo;
import org.jmlir.pass.PassRunner;
import org.jmlir.text.MlirText;
import org.jmlir.verify.Verifier;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each pass on the inputs under {@code golden/<pass>/}: the printed module must equal {@code <case>.out} and the
 * report the pass prints on stderr {@code <case>.err}, both recorded from mlir-opt 22 with
 * {@code --pass-pipeline='builtin.module(<pass>{OPTIONS})'} (function passes nested in {@code func.func}); a
 * {@code <case>.err} holding an error means the pass must fail with that message. {@code // OPTIONS: k=v ...} on
 * the first line sets pass options.
 */
class GoldenFilesTest {
    private static final List<String> FUNCTION_PASSES = List.of("cse", "loop-invariant-code-motion",
        "control-flow-sink");

    @TestFactory
    Stream<DynamicTest> passesPrintWhatMlirOptPrints() throws IOException, URISyntaxException {
        Path root = Path.of(GoldenFilesTest.class.getResource("/golden").toURI());
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".mlir")).sorted().toList()) {
                String pass = f.getParent().getFileName().toString();
                tests.add(DynamicTest.dynamicTest(pass + "/" + f.getFileName(), () -> check(pass, f)));
            }
        }
        return tests.stream();
    }

    private static void check(String passName, Path input) throws IOException {
        String text = Files.readString(input);
        // Cases whose ops' interfaces come from another branch (func/scf/memref interfaces) wait for it.
        org.junit.jupiter.api.Assumptions.assumeFalse(text.contains("// PENDING:"), "pending");
        String base = input.toString().substring(0, input.toString().length() - ".mlir".length());
        String expectedOut = Files.readString(Path.of(base + ".out"));
        Path errFile = Path.of(base + ".err");
        String expectedErr = Files.exists(errFile) ? Files.readString(errFile) : "";

        Context ctx = Context.withAllDialects();
        ctx.setAllowUnregisteredDialects(true);
        List<Diagnostic> diags = new ArrayList<>();
        ctx.diagnostics().addHandler(diags::add);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ctx.setErrorStream(new PrintStream(err, true, StandardCharsets.UTF_8));
        Operation module = MlirText.parse(ctx, text, input.getFileName().toString());
        assertTrue(module != null && Verifier.verify(module), "input does not parse or verify: " + diags);

        Pass prototype = create(passName);
        for (String line : text.lines().toList()) {
            if (!line.startsWith("// OPTIONS: ")) continue;
            for (String kv : line.substring("// OPTIONS: ".length()).trim().split(" ")) {
                String[] p = kv.split("=", 2);
                prototype.option(p[0]).parse(p.length > 1 ? p[1] : "");
            }
        }
        boolean failed = false;
        if (FUNCTION_PASSES.contains(passName)) {
            for (Operation op : module.region(0).entryBlock().operations()) {
                if (op.name().equals("func.func")) failed |= PassRunner.run(prototype.copy(), op).failed();
            }
        } else {
            failed = PassRunner.run(prototype, module).failed();
        }
        ctx.diagnostics().flush();

        String firstExpectedError = expectedErr.lines().filter(l -> l.contains(" error: ")).findFirst()
            .map(l -> l.substring(l.indexOf(" error: ") + 1)).orElse(null);
        if (firstExpectedError != null) {
            assertTrue(failed, "the pass should fail with " + firstExpectedError);
            Diagnostic first = diags.stream().filter(d -> d.severity() == Severity.ERROR).findFirst().orElseThrow();
            assertEquals(firstExpectedError, "error: " + first.message());
            return;
        }
        assertTrue(!failed, "pass failed: " + diags);
        assertTrue(Verifier.verify(module), "output does not verify: " + diags);
        assertEquals(expectedOut.stripTrailing(), MlirText.print(module).stripTrailing());
        assertEquals(expectedErr, err.toString(StandardCharsets.UTF_8));
    }

    private static Pass create(String name) {
        for (PassInfo i : new StandardPasses().passes()) if (i.argument().equals(name)) return i.create();
        throw new IllegalArgumentException("no pass " + name);
    }
}
