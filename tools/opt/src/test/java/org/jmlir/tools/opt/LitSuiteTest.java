package org.jmlir.tools.opt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jmlir.lit.LitRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every lit test under {@code test/lit} in-process: {@code jopt} is called directly (no JVM per RUN line),
 * FileCheck is the Java implementation. Tests that {@code REQUIRES: mlir-opt} run only where Debian's mlir-opt 22
 * is installed (they then call it as an external process).
 */
class LitSuiteTest {
    static final Path MLIR_OPT = Path.of("/usr/lib/llvm-22/bin/mlir-opt");

    /** Where the reactor builds the plugin jars; lit.cfg.py names the same directories. */
    static final String EXAMPLE_PLUGINS = "plugins/example-dialect/target/plugins";
    static final String FAULT_PLUGINS = "plugins/test-faults/target/fault-plugins";

    static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("test/lit"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("test/lit not found above " + Path.of("").toAbsolutePath());
        return p;
    }

    @TestFactory
    Stream<DynamicTest> lit() throws Exception {
        Path root = repoRoot();
        Path tmp = root.resolve("tools/opt/target/lit-tmp");
        Files.createDirectories(tmp);
        LitRunner.Builder b = LitRunner.builder()
            .tool("jopt", (args, in, out, err) -> JOpt.run(args, in, out, err))
            .suffixes(".mlir")
            .excludes("Inputs")
            .tempDir(tmp)
            // test/lit/Plugins load real plugin jars from their build directories (never the class path)
            .substitution("%example_plugins", root.resolve(EXAMPLE_PLUGINS).toString())
            .substitution("%fault_plugins", root.resolve(FAULT_PLUGINS).toString());
        if (Files.isExecutable(MLIR_OPT)) {
            b.feature("mlir-opt").allowExternalCommands(true).externalSearchPath(MLIR_OPT.getParent());
        }
        return b.build().dynamicTests(root.resolve("test/lit"));
    }
}
