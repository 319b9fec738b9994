package org.jmlir.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The opt-in fallback to real processes. */
class ExternalCommandsTest {
    @TempDir Path dir;

    private TestResult run(LitRunner runner, String text) throws IOException {
        Path f = dir.resolve("t.mlir");
        Files.writeString(f, text);
        return runner.runFile(f);
    }

    @Test
    void offByDefault() throws IOException {
        TestResult r = run(LitRunner.builder().tempDir(dir.resolve("tmp")).build(), "// RUN: sh -c true\n");
        assertEquals(TestResult.Status.FAIL, r.status());
        assertTrue(r.transcript().contains("command not found: sh"), r.transcript());
    }

    @Test
    void allowedByName() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
        LitRunner runner = LitRunner.builder().externalCommand("sh").tempDir(dir.resolve("tmp")).build();
        TestResult r = run(runner, """
                // RUN: sh -c 'echo from-sh; echo err >&2' | FileCheck %s
                // RUN: not sh -c 'exit 3'
                // RUN: not --crash sh -c 'kill -ABRT $$'
                // CHECK: from-sh
                """);
        assertEquals(TestResult.Status.PASS, r.status(), r.transcript());
        assertTrue(r.transcript().contains("# | err"), r.transcript());
        assertEquals(TestResult.Status.FAIL, run(runner, "// RUN: ls\n").status());
    }

    @Test
    void llvmToolsEnableMlirOpt() throws IOException {
        assumeTrue(Files.isExecutable(LitRunner.DEFAULT_LLVM_BIN.resolve("mlir-opt")), "LLVM's mlir-opt not installed");
        LitRunner runner = LitRunner.builder().llvmTools(LitRunner.DEFAULT_LLVM_BIN).tempDir(dir.resolve("tmp")).build();
        TestResult r = run(runner, """
                // REQUIRES: mlir-opt
                // RUN: mlir-opt %s | FileCheck %s
                // CHECK-LABEL: func.func @f
                // CHECK-NEXT: return
                func.func @f() { return }
                """);
        assertEquals(TestResult.Status.PASS, r.status(), r.transcript());
    }
}
