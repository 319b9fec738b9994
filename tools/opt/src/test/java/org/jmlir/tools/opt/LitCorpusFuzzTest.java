package org.jmlir.tools.opt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A seeded mutation fuzzer over the lit corpus: every {@code test/lit/**}{@code /*.mlir} is run through jopt as it
 * is and after random mutations ({@link Mutator}: characters and tokens deleted, duplicated, swapped, inserted),
 * with {@code --allow-unregistered-dialect --split-input-file} (and {@code --verify-diagnostics} for files that
 * carry expected diagnostics, every other time). Nothing may escape jopt, the exit code is 0 or 1, no internal error,
 * and every {@code error:} line carries {@code file:line:col:}. One dynamic test per file (no test-source URI:
 * surefire drops dynamic tests with file URIs). Mutations per file: {@code -Djmlir.fuzz.mutations=N} (default 8).
 */
class LitCorpusFuzzTest {
    static final long SEED = 0xf022L;

    static List<Path> litFiles() throws IOException {
        Path lit = LitSuiteTest.repoRoot().resolve("test/lit");
        try (Stream<Path> s = Files.walk(lit)) {
            return s.filter(p -> p.toString().endsWith(".mlir") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> mutatedLitFiles() throws IOException {
        Path lit = LitSuiteTest.repoRoot().resolve("test/lit");
        int mutations = Integer.getInteger("jmlir.fuzz.mutations", 8);
        long seed = Long.getLong("jmlir.fuzz.seed", SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : litFiles()) {
            String name = lit.relativize(file).toString();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                boolean expectsDiagnostics = text.contains("expected-");
                Mutator m = new Mutator(seed ^ name.hashCode());
                for (int i = 0; i <= mutations; i++) {
                    String input = i == 0 ? text : m.mutate(text, 1 + (i - 1) % 6);
                    List<String> args = new ArrayList<>(List.of("--allow-unregistered-dialect", "--split-input-file"));
                    if (expectsDiagnostics && i % 2 == 1) args.add("--verify-diagnostics");
                    Robustness.Outcome o = Robustness.jopt(args, input);
                    Robustness.assertWellBehaved(o, input, name + (i == 0 ? " as is" : " mutation " + i + " (seed "
                        + seed + ")") + " " + args);
                }
            }));
        }
        return tests.stream();
    }
}
